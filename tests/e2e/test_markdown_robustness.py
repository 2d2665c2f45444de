"""Hostile and odd Markdown built into one EPUB: every CommonMark construct,
raw HTML soup, nesting 1,000 deep, invalid bytes. epubcheck must pass it
cleanly, no word the author wrote may be lost, and dropped markup must be
reported.

Fixture convention: every word that must survive starts with "zq"; words
inside markup that must be dropped (script, style, comments...) start with
"zqdropped". No local images here: embedding them is the images stage's job,
tested at the model level in the unit tests."""

import glob
import os
import re
import shutil
import tempfile
import unittest

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

FIXTURES = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "markdown", "robustness")
DEPTH = 1000


def deep_markdown():
    """Nesting DEPTH deep, of every kind that nests."""
    parts = [
        "# zqdeeptitle Nesting a thousand deep",
        ">" * DEPTH + " zqdeepquote",
        "- " * DEPTH + "zqdeepbullets",
        "1. " * DEPTH + "zqdeepordered",
        "> - 1. " * (DEPTH // 3) + "zqdeepmixed",
        "*" * DEPTH + "zqdeepstars" + "*" * DEPTH,
        "_" * DEPTH + "zqdeepunderscores" + "_" * DEPTH,
        "*a **b " * 300 + "zqdeepalternating" + "** c*" * 300,
        "[" * DEPTH + "zqdeepbrackets" + "](https://example.com/)" * DEPTH,
        "[" * DEPTH + "zqdeepunclosedbrackets",
        "<em>" * DEPTH + "zqdeephtmlem" + "</em>" * DEPTH,
        "<span><b>" * DEPTH + "zqdeepunclosedhtml",
        "<div>" * DEPTH + "zqdeepdiv" + "</div>" * DEPTH,
        "<blockquote>" * DEPTH + "\nzqdeephtmlquote\n" + "</blockquote>" * DEPTH,
        "<figure>\n\n" * 200 + "zqdeepfigure\n\n" + "</figure>\n\n" * 200,
        "`" * DEPTH + " zqdeepcode " + "`" * DEPTH,
        "\n".join("  " * i + "- zqindent" + str(i) for i in range(60)),
    ]
    return "\n\n".join(parts) + "\n"


def bad_bytes():
    """Not UTF-8 (decoded as Windows-1252), with NUL and control bytes."""
    return (b"# zqbytestitle Invalid bytes\n\nBefore zqbytes1 \xff\xfe\x80\xc3\x28 \x00 after zqbytes2\n\n"
            b"Controls \x01\x02\x1b[31m zqbytes3 \x7f\n\n<em>\x00zqbytes4</em> [link\x00](https://example.com/\x00)\n")


def nul_utf8():
    """Valid UTF-8 holding NUL and controls: U+FFFD stands in for them."""
    return ("# zqnultitle NUL in UTF-8\n\ncafé 日本 zqnul1 \x00 zqnul2 \u0007 zqnul3\n\n"
            "```\x00lang\ncode \x00 zqnul4\n```\n").encode("utf-8")


class MarkdownRobustness(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.book = os.path.join(cls.tmp.name, "book")
        shutil.copytree(FIXTURES, cls.book)
        with open(os.path.join(cls.book, "08_deep.md"), "w", encoding="utf-8") as f:
            f.write(deep_markdown())
        with open(os.path.join(cls.book, "09_bytes.md"), "wb") as f:
            f.write(bad_bytes())
        with open(os.path.join(cls.book, "10_nul.md"), "wb") as f:
            f.write(nul_utf8())
        cls.path = os.path.join(cls.tmp.name, "robust.epub")
        cls.proc = run_galley(cls.book, "-o", cls.path, "-M", "title=Robustness")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def source_words(self):
        words = set()
        for path in glob.glob(os.path.join(self.book, "*")):
            with open(path, "rb") as f:
                words.update(re.findall(r"zq[a-z0-9]+", f.read().decode("latin-1")))
        return words

    def output_text(self):
        """All text of the chapters, plus image alt text."""
        epub = Epub(self.path)
        chunks = []
        for doc_path in epub.chapters():
            doc = epub.xml(doc_path)
            # Pieces joined by a space: a <br/> or a block boundary separates words.
            chunks.append(" ".join(doc.find("xhtml:body", NS).itertext()))
            chunks.extend(img.get("alt", "") for img in doc.iter("{%s}img" % NS["xhtml"]))
        return "\n".join(chunks)

    def test_builds_with_warnings(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)

    def test_epubcheck_clean(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        assert_epubcheck_clean(self, self.path)

    def test_every_chapter_present_including_plain_text(self):
        epub = Epub(self.path)
        docs = epub.chapters()
        self.assertEqual(len(docs), 10)
        titles = [text_of(epub.xml(d).find(".//xhtml:h1", NS)) for d in docs]
        self.assertEqual(titles[0], "zqtitle Every CommonMark construct")
        self.assertEqual(titles[5], "zqplaintitle A plain-text article in a Markdown book")
        self.assertEqual(titles[6], "Untitled")  # the empty file

    def test_no_author_word_lost(self):
        words = self.source_words()
        kept = {w for w in words if not w.startswith("zqdropped")}
        self.assertGreater(len(kept), 150)
        text = self.output_text()
        found = set(re.findall(r"zq[a-z0-9]+", text))
        self.maxDiff = None
        self.assertEqual(sorted(kept - found), [])

    def test_dropped_content_is_gone(self):
        dropped = {w for w in self.source_words() if w.startswith("zqdropped")}
        self.assertGreaterEqual(len(dropped), 10)
        found = set(re.findall(r"zq[a-z0-9]+", self.output_text()))
        self.assertEqual(sorted(dropped & found), [])

    def test_no_raw_markup_survives(self):
        epub = Epub(self.path)
        allowed = {"html", "head", "meta", "title", "link", "body", "section", "h1", "h2", "h3", "h4",
                   "h5", "h6", "p", "em", "strong", "code", "pre", "a", "br", "ul", "ol", "li",
                   "blockquote", "hr", "figure", "figcaption", "sup", "sub", "s", "u", "mark",
                   "small", "cite", "q", "abbr", "kbd", "img",
                   # what galley's own writers add: the article header, a
                   # date, tables, notes, marked spans
                   "header", "time", "div", "span", "table", "thead", "tbody", "tr", "th",
                   "td", "caption", "aside", "del"}
        for doc_path in epub.chapters():
            doc = epub.xml(doc_path)
            for e in doc.iter():
                name = e.tag.split("}")[1]
                self.assertIn(name, allowed, doc_path)
                for attr, value in e.attrib.items():
                    self.assertFalse(attr.startswith("on"), (name, attr))
                    self.assertNotIn("javascript", value.lower(), (name, attr))
                if name == "a":
                    self.assertRegex(e.get("href"), r"^(https?|mailto|ftp):", e.get("href"))
                    self.assertEqual(list(e.iter("{%s}a" % NS["xhtml"]))[1:], [], "nested link")

    def test_dropped_markup_is_reported_with_file_and_line(self):
        err = self.proc.stderr
        expected = [
            r"02_html_soup\.md:8: warning: raw HTML <script> dropped with its content",
            r"02_html_soup\.md:10: warning: raw HTML <style> dropped with its content",
            r"02_html_soup\.md:12: warning: raw HTML <iframe> dropped with its content",
            r"02_html_soup\.md:14: warning: raw HTML <object> dropped with its content",
            r"02_html_soup\.md:3: warning: event attribute 'onclick' on <div> dropped",
            r"02_html_soup\.md:3: warning: HTML <div> not supported: tag dropped, content kept",
            r"02_html_soup\.md:\d+: warning: script URL dropped from <a>",
            r"02_html_soup\.md:\d+: warning: stray </em> dropped",
            r"01_constructs\.md:\d+: warning: unknown HTML tag <String> kept as text",
            r"01_constructs\.md:\d+: warning: script URL dropped from a link",
            r"01_constructs\.md:\d+: warning: remote image not fetched, kept as a link: https://example\.com/pic\.png",
            r"01_constructs\.md:\d+: warning: processing instruction <\?php zqdroppedpi \?> dropped",
            r"08_deep\.md:\d+: warning: nesting deeper than \d+ levels flattened",
            r"09_bytes\.md: warning: not valid UTF-8; decoded as Windows-1252",
            r"10_nul\.md:3: warning: \d+ control character\(s\) not allowed in XML replaced by U\+FFFD",
        ]
        for pattern in expected:
            self.assertRegex(err, pattern)

    def test_code_block_language_and_text_kept(self):
        epub = Epub(self.path)
        doc = epub.xml(epub.chapters()[0])
        codes = [c for c in doc.iter("{%s}code" % NS["xhtml"]) if c.get("class") == "language-python"]
        self.assertEqual(len(codes), 1)
        self.assertEqual(text_of(codes[0]), 'def zqfenced(): return "<b>&amp;</b>"\n')


if __name__ == "__main__":
    unittest.main()
