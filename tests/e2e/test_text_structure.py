"""Structure recovered from plain text, read back from the EPUB: the seed
(golden assertions from issue 3), `--inspect`, a set of real-world article
shapes, and large inputs through the whole pipeline."""

import os
import re
import tempfile
import unittest

from galley_e2e import NS, SEEDS, Epub, assert_epubcheck_clean, run_galley, text_of

SEED_TEXT = os.path.join(SEEDS, "iran-1988-massacre.txt")
SHAPES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "shapes")
CREDIT_LINE = "Image credit:\u00a0Philafrenzy via Wikimedia CommonsCC BY-SA 4.0."
LAST_LINE = "If you experience technical problems, please write to"


def body_of(epub, index=0):
    return epub.xml(epub.chapters()[index]).find(".//xhtml:body", NS)


def direct_paragraphs(body):
    """<p> elements of the article that are not inside a list or quote: the
    article section's own, and those of the sections its headings open."""
    out = []
    todo = [body.find("xhtml:section", NS)]
    while todo:
        section = todo.pop(0)
        for child in section:
            if child.tag == "{%s}p" % NS["xhtml"]:
                out.append(child)
            elif child.tag == "{%s}section" % NS["xhtml"]:
                todo.append(child)
    return out


def words(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.findall(r"[^\W_]+", s)


class SeedStructure(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "seed.epub")
        cls.proc = run_galley(SEEDS, "-o", cls.path)
        cls.epub = Epub(cls.path)
        cls.body = body_of(cls.epub)
        cls.text = text_of(cls.body)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_builds_and_validates(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        assert_epubcheck_clean(self, self.path)

    def test_title(self):
        h1 = self.body.findall(".//xhtml:h1", NS)
        self.assertEqual([text_of(h) for h in h1], ["Iran\u2019s massacres of political prisoners continue today"])

    def test_exactly_one_section_heading(self):
        h2 = self.body.findall(".//xhtml:h2", NS)
        self.assertEqual([text_of(h) for h in h2], ["Current executions continue the 1988 massacre path"])
        self.assertEqual(self.body.findall(".//xhtml:h3", NS), [])

    def test_one_ordered_list_of_three_items(self):
        ols = self.body.findall(".//xhtml:ol", NS)
        self.assertEqual(len(ols), 1)
        items = ols[0].findall("xhtml:li", NS)
        self.assertEqual(len(items), 3)
        self.assertTrue(text_of(items[0]).startswith("It was committed based on the written order"))
        self.assertIn("\u2018crime\u2019", text_of(items[1]))
        # Tight: the items hold their text, not paragraphs; no marker left in the text.
        for li in items:
            self.assertEqual(li.findall("xhtml:p", NS), [])
            self.assertNotRegex(text_of(li), r"^\s*\d")
        self.assertIsNone(ols[0].get("start"))
        self.assertEqual(self.body.findall(".//xhtml:ul", NS), [])

    def test_thirteen_body_paragraphs(self):
        paragraphs = direct_paragraphs(self.body)
        self.assertEqual(len(paragraphs), 13)
        self.assertEqual(len(self.body.findall(".//xhtml:p", NS)), 13)
        self.assertTrue(text_of(paragraphs[0]).startswith("\u201cThe war is a divine gift,\u201d"))
        self.assertTrue(text_of(paragraphs[-1]).startswith("The mullahs\u2019 regime"))

    def test_no_double_spaces_and_no_edge_spaces(self):
        for p in self.body.iter():
            if p.tag in ("{%s}p" % NS["xhtml"], "{%s}li" % NS["xhtml"], "{%s}h2" % NS["xhtml"]):
                t = text_of(p)
                self.assertNotRegex(t, r"[ \u00a0]{2}", t)
                self.assertEqual(t, t.strip(), t)

    def test_curly_quotes_only(self):
        self.assertNotIn('"', self.text)
        self.assertNotIn("'", self.text)
        self.assertIn("\u201cdrinking the chalice of poison.\u201d", self.text)
        self.assertIn("\u201cdeath commissions,\u201d", self.text)
        self.assertIn("Iran\u2019s security forces", self.text)
        self.assertIn("2017\u20132018", self.text)

    def test_credit_not_in_body(self):
        self.assertNotIn("Image credit", self.text)
        self.assertNotIn("Philafrenzy", self.text)
        self.assertNotIn("CC BY-SA", self.text)

    def test_last_line_stripped_and_reported(self):
        self.assertNotIn("technical problems", self.text)
        self.assertIn(
            'iran-1988-massacre.txt:39: note: stripped paragraph (strip pattern '
            '"If you experience technical problems*"): "' + LAST_LINE + '"', self.proc.stderr)
        self.assertNotIn("looks like page boilerplate", self.proc.stderr)

    def test_every_source_word_kept_in_order(self):
        """Every word of the source apart from the credit and stripped lines
        (and the list markers, now <ol> numbering) appears in order, and no
        word is added."""
        with open(SEED_TEXT, encoding="utf-8") as f:
            lines = f.read().split("\n")
        self.assertIn(CREDIT_LINE, lines)
        self.assertIn(LAST_LINE, lines)
        kept = [re.sub(r"^\d{1,3}\.\s", "", line) for line in lines if line not in (CREDIT_LINE, LAST_LINE)]
        source_words = words("\n".join(kept))
        out_words = words(self.text)
        self.assertEqual(out_words, source_words)


class Inspect(unittest.TestCase):
    def test_seed_guesses_and_no_output(self):
        with tempfile.TemporaryDirectory() as cwd:
            proc = run_galley("--inspect", os.path.abspath(SEEDS), cwd=cwd)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertEqual(os.listdir(cwd), [], "--inspect wrote files")
        out = proc.stdout
        self.assertIn("  encoding: UTF-8\n", out)
        self.assertIn("  paragraphs: blank-line separated\n", out)
        self.assertIn("  title (line 1): Iran's massacres of political prisoners continue today\n", out)
        self.assertIn("  heading 2 (line 25): Current executions continue the 1988 massacre path"
                      " [short line before body text]\n", out)
        self.assertIn("  list (line 15): ordered, 3 items, starting at 1\n", out)
        self.assertIn('  credit (line 37, lead image): creator "Philafrenzy" source "Wikimedia Commons" '
                      'licence "CC BY-SA 4.0"\n', out)
        self.assertIn("  body paragraphs: 13\n", out)
        self.assertRegex(out, r"iran-1988-massacre\.txt:39: note: stripped paragraph")

    def test_boilerplate_warning_without_strip(self):
        with tempfile.TemporaryDirectory() as tmp:
            proc = run_galley("--inspect", SEED_TEXT, cwd=tmp)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn('iran-1988-massacre.txt:39: warning: looks like page boilerplate: "If you experience '
                      'technical problems, please write to"', proc.stdout)

    def test_strip_on_the_command_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            proc = run_galley("--inspect", "--strip", "if you experience*", SEED_TEXT, cwd=tmp)
        self.assertIn('note: stripped paragraph (strip pattern "if you experience*")', proc.stdout)
        self.assertNotIn("looks like page boilerplate", proc.stdout)

    def test_binary_file_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "bin.txt")
            with open(src, "wb") as f:
                f.write(b"Title\n\nabc\x00def\n")
            proc = run_galley("--inspect", src, cwd=tmp)
            self.assertEqual(proc.returncode, 1)
            self.assertIn(src + "\n  " + src + ":3: error: binary data", proc.stdout)
            self.assertEqual(sorted(os.listdir(tmp)), ["bin.txt"])


class ArticleShapes(unittest.TestCase):
    """News, blog (one line per paragraph), e-mail newsletter (hard-wrapped,
    quoted), a Project Gutenberg chapter and a Windows-1252 file, in one book."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "shapes.epub")
        cls.proc = run_galley(SHAPES, "-o", cls.path)
        cls.epub = Epub(cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def chapter(self, i):
        return body_of(self.epub, i)

    def texts(self, body, tag):
        return [text_of(e) for e in body.findall(".//xhtml:" + tag, NS)]

    def test_builds_and_validates(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertEqual(len(self.epub.chapters()), 5)
        assert_epubcheck_clean(self, self.path)

    def test_news(self):
        body = self.chapter(0)
        self.assertEqual(self.texts(body, "h1"), ["City council approves new library after decade-long debate"])
        self.assertEqual(self.texts(body, "h2"), ["What the plan includes"])
        self.assertEqual(self.texts(body, "li"), ["a children\u2019s floor with a theatre",
                                                  "a media lab open until midnight",
                                                  "study rooms for 200 students"])
        self.assertEqual(len(direct_paragraphs(body)), 6)
        text = text_of(body)
        self.assertNotIn("Marta Keller", text)           # credit at the start, taken out
        self.assertNotIn("Share this article", text)     # stripped by book.yaml
        self.assertIn("2025\u20132028", text)
        self.assertIn("pay for\u2014twice.\u201d", text)
        self.assertIn("01-news.txt:23: note: stripped paragraph", self.proc.stderr)

    def test_blog_one_line_per_paragraph(self):
        body = self.chapter(1)
        self.assertEqual(self.texts(body, "h2"), ["The short version", "The numbers"])
        ol = body.findall(".//xhtml:ol", NS)
        self.assertEqual(len(ol), 1)
        self.assertEqual(len(ol[0].findall("xhtml:li", NS)), 3)
        self.assertNotIn("Unsplash", text_of(body))
        self.assertEqual(len(direct_paragraphs(body)), 4)
        self.assertIn('02-blog.txt:11: warning: looks like page boilerplate: "Leave a comment"', self.proc.stderr)

    def test_newsletter_hard_wrapped_with_quote(self):
        body = self.chapter(2)
        quote = body.findall(".//xhtml:blockquote", NS)
        self.assertEqual(len(quote), 1)
        self.assertEqual(len(quote[0].findall("xhtml:p", NS)), 2)
        self.assertTrue(text_of(quote[0]).strip().startswith("My lavender turned grey and woody after the winter. Should I cut it back hard"))
        self.assertEqual(len(body.findall(".//xhtml:hr", NS)), 1)
        self.assertEqual(len(body.findall(".//xhtml:ul/xhtml:li", NS)), 3)
        paragraphs = [text_of(p) for p in direct_paragraphs(body)]
        self.assertIn("Spring is late this year, and many of you have written to ask whether it is too late "
                      "to sow tomatoes indoors. It is not: sow them now, keep them warm, and plant them out "
                      "after the last frost in your area.", paragraphs)
        self.assertNotIn("unsubscribe", text_of(body))

    def test_gutenberg_chapter(self):
        body = self.chapter(3)
        # A title in capitals is title-cased (no metadata gives the title).
        self.assertEqual(self.texts(body, "h1"), ["The House on the Marsh"])
        self.assertEqual(self.texts(body, "h2"), ["CHAPTER I."])
        paragraphs = [text_of(p) for p in direct_paragraphs(body)]
        self.assertEqual(len(paragraphs), 6)
        self.assertTrue(all("\n" not in p for p in paragraphs))
        # The quotation spanning two paragraphs: each opens, only the last closes.
        self.assertTrue(paragraphs[2].startswith("\u201cYou will find it damp,\u201d"))
        self.assertTrue(paragraphs[2].endswith("twice a day."))
        self.assertEqual(paragraphs[3], "\u201cIf you want my advice, miss, you\u2019ll go back with me now.\u201d")
        self.assertEqual(len(body.findall(".//xhtml:hr", NS)), 1)

    def test_windows_1252(self):
        body = self.chapter(4)
        self.assertEqual(self.texts(body, "h1"), ["Caf\u00e9 culture returns to the old town"])
        paragraphs = [text_of(p) for p in direct_paragraphs(body)]
        self.assertEqual(len(paragraphs), 2)
        self.assertIn("\u201cWe have missed this,\u201d", paragraphs[0])
        self.assertIn("05-windows-1252.txt: warning: not valid UTF-8; decoded as Windows-1252", self.proc.stderr)

    def test_words_kept_in_every_shape(self):
        """Every word of each source, apart from credit, stripped and
        boilerplate lines and list markers, appears in the chapter in order."""
        dropped = ("Photo:", "Photo by", "Share this article", "Click here to unsubscribe")
        for i, name in enumerate(sorted(n for n in os.listdir(SHAPES) if n.endswith(".txt"))):
            with open(os.path.join(SHAPES, name), "rb") as f:
                raw = f.read()
            try:
                source = raw.decode("utf-8")
            except UnicodeDecodeError:
                source = raw.decode("cp1252")
            lines = [re.sub(r"^(\d{1,3}[.)]|[-*>]|\* \* \*( \* \*)?)\s*", "", line.strip())
                     for line in source.splitlines() if not line.startswith(dropped)]
            # Case aside: a title in capitals is title-cased.
            out_words = [w.lower() for w in words(text_of(body_of(self.epub, i)))]
            position = 0
            for w in (w.lower() for w in words("\n".join(lines))):
                with self.subTest(file=name, word=w):
                    self.assertIn(w, out_words[position:], f"{name}: {w!r} missing or out of order")
                    position = out_words.index(w, position) + 1


class LargeInputs(unittest.TestCase):
    """Sizes that would take minutes if any stage were quadratic (no timing
    assertion; the suite's timeout is the bound)."""

    def build(self, text):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "big.txt")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            out = os.path.join(tmp, "big.epub")
            proc = run_galley(src, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr[-2000:])
            return body_of(Epub(out))

    def test_five_megabyte_single_line(self):
        unit = "A \"quoted\" word -- it's 1990-1991... "
        line = unit * (5 * 1024 * 1024 // len(unit) + 1)
        self.assertGreater(len(line), 5 * 1024 * 1024)
        body = self.build("Title\n\n" + line + "\n")
        paragraphs = body.findall(".//xhtml:p", NS)
        self.assertEqual(len(paragraphs), 1)
        text = text_of(paragraphs[0])
        # Typography shortens each unit by 5 characters ("..." to "…", " -- " to "—").
        self.assertEqual(len(text), len(line.strip()) - 5 * line.count(unit))
        self.assertEqual(text.count("\u201cquoted\u201d"), line.count(unit))

    def test_hundred_thousand_list_items_and_blank_lines(self):
        text = "Title\n" + "\n" * 100_000 + "".join(f"- item {i}\n" for i in range(100_000))
        body = self.build(text)
        self.assertEqual(len(body.findall(".//xhtml:ul/xhtml:li", NS)), 100_000)


if __name__ == "__main__":
    unittest.main()
