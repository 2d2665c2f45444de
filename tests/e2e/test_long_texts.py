"""Long texts (issue 14): a 250 KB Gutenberg-shaped book in one plain-text
file (tests/e2e/make_long_book.py) read back from the EPUB, the print HTML and
--inspect; and the same rules over generated news articles, which must gain
no heading."""

import os
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of
from make_long_book import make_book

XHTML = "{%s}" % NS["xhtml"]
LIMIT = 200 * 1024


def article_sections(epub):
    for path in epub.chapters():
        body = epub.xml(path).find(".//xhtml:body", NS)
        yield path, body.find("xhtml:section", NS)


def ids_in(epub, path):
    return {e.get("id") for e in epub.xml(path).iter() if e.get("id")}


class LongBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        text, cls.expected = make_book(250)
        cls.source = os.path.join(cls.tmp.name, "northern-voyage.txt")
        with open(cls.source, "w", encoding="utf-8") as f:
            f.write(text)
        cls.size = len(text.encode("utf-8"))
        cls.epub_path = os.path.join(cls.tmp.name, "book.epub")
        cls.html_path = os.path.join(cls.tmp.name, "book.html")
        cls.proc = run_galley(cls.source, "-o", cls.epub_path, "-o", cls.html_path)
        if cls.proc.returncode != 0:
            raise AssertionError(cls.proc.stderr)
        cls.epub = Epub(cls.epub_path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_the_book_is_book_length(self):
        self.assertGreaterEqual(self.size, 250 * 1024)

    def test_epubcheck_passes(self):
        assert_epubcheck_clean(self, self.epub_path)

    def test_every_heading_is_found_and_no_other(self):
        found = []
        for _, section in article_sections(self.epub):
            found += [text_of(h).strip() for h in section.iter()
                      if h.tag in (XHTML + "h2", XHTML + "h3", XHTML + "h4")]
        self.assertEqual(found, self.expected["headings"])

    def test_paragraphs_match_blank_line_blocks_within_one_percent(self):
        paragraphs = sum(1 for _, s in article_sections(self.epub) for e in s.iter(XHTML + "p"))
        blocks = self.expected["blocks"]
        self.assertLessEqual(abs(paragraphs - blocks), blocks * 0.01,
                             f"{paragraphs} paragraphs for {blocks} blank-line blocks")

    def test_line_blocks_keep_their_line_breaks(self):
        blocks = [p for _, s in article_sections(self.epub) for p in s.iter(XHTML + "p")
                  if {"lines", "verse"} & set((p.get("class") or "").split())]
        self.assertEqual(len(blocks), self.expected["line_blocks"])
        verse = [p for p in blocks if p.get("class").split()[0] == "verse"]
        self.assertTrue(verse)
        for p in verse:
            self.assertEqual(len(p.findall(XHTML + "br")), 3)

    def test_dialogue_stays_its_own_paragraph(self):
        starts = [text_of(p) for _, s in article_sections(self.epub) for p in s.iter(XHTML + "p")
                  if text_of(p).startswith("\u201c")]
        self.assertEqual(len(starts), self.expected["dialogue"])

    def test_epigraph_and_dedication_are_marked(self):
        typed = {}
        for _, section in article_sections(self.epub):
            for p in section.iter(XHTML + "p"):
                t = p.get("{%s}type" % NS["epub"])
                if t:
                    typed.setdefault(t, []).append(text_of(p))
        self.assertEqual(typed["dedication"][0][:16], "To William Godwi")
        self.assertEqual(typed["epigraph"], ["Did I request thee, Maker, from my clayTo mould me man?"])
        self.assertEqual(sorted(typed), ["dedication", "epigraph"])

    def test_title_and_subtitle_in_the_metadata(self):
        titles = self.epub.metadata("dc:title")
        self.assertEqual(titles[0], self.expected["title"])
        self.assertIn(self.expected["subtitle"], titles)

    def test_the_texts_contents_list_is_removed_with_a_note(self):
        for _, section in article_sections(self.epub):
            self.assertNotIn("CONTENTS", text_of(section))
        self.assertRegex(self.proc.stderr, r"northern-voyage\.txt:6: note: the text's own contents "
                                           r"list \(28 entries, lines 6-35\) removed")
        self.assertIn("the text's own contents list: 28 entries", run_galley("--inspect", self.source).stdout)

    def test_underscores_become_emphasis(self):
        ems = [text_of(e) for _, s in article_sections(self.epub) for e in s.iter(XHTML + "em")]
        self.assertEqual(len(ems), self.expected["emphasis"])
        for _, section in article_sections(self.epub):
            self.assertNotIn("_", text_of(section))

    def test_split_into_small_documents_one_per_chapter(self):
        chapters = self.epub.chapters()
        self.assertGreaterEqual(len(chapters), len(self.expected["headings"]))
        for path in chapters:
            self.assertLessEqual(len(self.epub.read(path)), LIMIT, path)
        # Only the first part carries the book's title.
        h1 = [p for p in chapters if self.epub.xml(p).find(".//xhtml:h1", NS) is not None]
        self.assertEqual(h1, chapters[:1])

    def test_nav_and_ncx_links_resolve_to_their_headings(self):
        nav_path = [i.get("href") for i in self.epub.manifest().values()
                    if "nav" in (i.get("properties") or "")][0]
        nav_path = self.epub.resolve(nav_path)
        toc = self.epub.xml(nav_path).find(".//xhtml:nav", NS)
        links = [(a.get("href"), text_of(a)) for a in toc.iter(XHTML + "a")]
        headings = [label for href, label in links if "#" in href]
        self.assertEqual(headings, self.expected["headings"])
        for href, label in links:
            target = self.epub.resolve(href, nav_path)
            self.assertIn(target, self.epub.names(), href)
            if "#" in href:
                fragment = href.split("#", 1)[1]
                doc = self.epub.xml(target)
                element = [e for e in doc.iter() if e.get("id") == fragment]
                self.assertEqual(len(element), 1, href)
                self.assertEqual(text_of(element[0].find(XHTML + "h2")).strip(), label)
        ncx_path = [i.get("href") for i in self.epub.manifest().values()
                    if i.get("media-type") == "application/x-dtbncx+xml"][0]
        ncx_path = self.epub.resolve(ncx_path)
        for content in self.epub.xml(ncx_path).iter("{%s}content" % NS["ncx"]):
            src = content.get("src")
            target = self.epub.resolve(src, ncx_path)
            self.assertIn(target, self.epub.names())
            if "#" in src:
                self.assertIn(src.split("#", 1)[1], ids_in(self.epub, target))

    def test_print_html_is_one_document_with_every_heading(self):
        with open(self.html_path, encoding="utf-8") as f:
            html = f.read()
        for h in self.expected["headings"]:
            self.assertIn(">" + h + "<", html)
        self.assertNotIn("part2", html)

    def test_inspect_reports_paragraph_model_heading_rules_and_split_points(self):
        proc = run_galley("--inspect", self.source)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        out = proc.stdout
        self.assertIn("one paragraph per blank-line block", out)
        self.assertIn("subtitle (line 3): Or, A Winter Beyond the Ice", out)
        rules = re.findall(r"heading \d \(line (\d+)\): (.+) \[(.+)\]", out)
        self.assertEqual([h for _, h, _ in rules], self.expected["headings"])
        self.assertTrue(all(r == "named in the text's contents list" for _, _, r in rules))
        # The dedication before the first heading is a part of its own, then
        # one part per letter and chapter: split before every heading.
        self.assertRegex(out, r"EPUB: split into 29 content documents \(limit 200 KB\)")
        points = re.findall(r"^    line (\d+): (.+)$", out, re.M)
        self.assertEqual(points, [(line, h) for line, h, _ in rules])


class SmallSplitSize(unittest.TestCase):
    """A limit smaller than one chapter: parts split between paragraphs, and
    links still resolve."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        text, cls.expected = make_book(60)
        source = os.path.join(cls.tmp.name, "voyage.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        cls.epub_path = os.path.join(cls.tmp.name, "book.epub")
        proc = run_galley(source, "--split-size", "3", "-o", cls.epub_path)
        if proc.returncode != 0:
            raise AssertionError(proc.stderr)
        cls.epub = Epub(cls.epub_path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_parts_stay_within_the_limit_between_paragraphs(self):
        chapters = self.epub.chapters()
        self.assertGreater(len(chapters), 2 * len(self.expected["headings"]))
        for path in chapters:
            size = len(self.epub.read(path))
            if size > 3 * 1024:  # only a part holding one block alone may exceed it
                section = self.epub.xml(path).find(".//xhtml:body/xhtml:section", NS)
                self.assertEqual(len(list(section)), 1, f"{path}: {size} bytes")

    def test_epubcheck_passes(self):
        assert_epubcheck_clean(self, self.epub_path)


class NewsArticlesGainNoHeading(unittest.TestCase):
    """bench/generate_corpus.py's scraped news (each with exactly one section
    heading, numbered sentences, quotes and credits): the long-text rules
    must find no other heading."""

    def test_three_hundred_articles(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus")
            subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "bench", "generate_corpus.py"),
                            "600", corpus], check=True)
            texts = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
            self.assertEqual(len(texts), 300)
            proc = run_galley("--inspect", *[os.path.join(corpus, f) for f in texts])
            self.assertEqual(proc.returncode, 0, proc.stderr)
            headings = re.findall(r"^  heading \d \(line \d+\): (.*)$", proc.stdout, re.M)
            self.assertEqual(len(headings), 300)
            self.assertEqual(set(headings),
                             {"A section heading about the inquiry [short line before body text]"})
            self.assertNotIn("line block", proc.stdout)
            self.assertNotIn("emphasis", proc.stdout)


if __name__ == "__main__":
    unittest.main()
