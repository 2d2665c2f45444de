"""The print HTML as a file: valid HTML5 (html5lib, strict), self-contained,
written by default beside the EPUB; handouts; page sizes; the PDF route's
errors."""

import os
import re
import tempfile
import unittest

import print_check as pc
from galley_e2e import SEEDS, run_galley


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class PrintHtml(unittest.TestCase):
    def render(self, tmp, source, *args):
        out = os.path.join(tmp, "book.html")
        proc = run_galley(source, *args, "-o", out)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return read(out)

    def test_seed_and_test_book_parse_as_html5(self):
        with tempfile.TemporaryDirectory() as tmp:
            for source in (SEEDS, pc.PRINT_BOOK, pc.PRINT_FA):
                with self.subTest(source=source):
                    text = self.render(tmp, source)
                    self.assertTrue(text.startswith("<!DOCTYPE html>\n"))
                    doc = pc.parse_html5(text)  # raises on any parse error
                    # No self-closed element anywhere (void elements included).
                    self.assertNotIn("/>", text)
                    self.assertEqual(len(pc.elements(doc, "html")), 1)

    def test_structure_of_the_test_book(self):
        with tempfile.TemporaryDirectory() as tmp:
            doc = pc.parse_html5(self.render(tmp, pc.PRINT_BOOK))
        html = pc.elements(doc, "html")[0]
        self.assertEqual((html.get("lang"), html.get("dir")), ("en", "ltr"))
        articles = pc.articles(doc)
        self.assertEqual([a[1] for a in articles], [
            "Paper and the printed page", "Choosing a typeface for reading",
            "Links, addresses and code on paper", "Folding, stapling and binding"])
        # Ids unique, and every contents entry points at an article.
        ids = [e.get("id") for e in doc.iter() if e.get("id")]
        self.assertEqual(len(ids), len(set(ids)))
        nav = pc.elements(doc, "nav")[0]
        # The top-level entries are the articles; their sections (to
        # --toc-depth) are listed under them, each pointing at an id.
        top = nav.find(pc.XHTML + "ol")
        self.assertEqual([li.find(pc.XHTML + "a").get("href") for li in top.findall(pc.XHTML + "li")],
                         ["#" + a[0] for a in articles])
        for a in pc.elements(nav, "a"):
            self.assertIn(a.get("href")[1:], ids)
        chapters = [e for e in pc.elements(doc, "article") if pc.has_class(e, "chapter")]
        self.assertEqual(len(chapters), 4)
        # The title page carries the book's title, subtitle and author.
        title_page = pc.elements(doc, "header")[0]
        self.assertIn("Notes on Printing", pc.text_of(title_page))
        self.assertIn("A test book for paged media", pc.text_of(title_page))
        self.assertIn("Galley Tests", pc.text_of(title_page))
        # Headings, lists, quotes and code come from the shared renderer.
        for tag in ("h2", "ul", "ol", "blockquote", "pre"):
            self.assertTrue(pc.elements(doc, tag), tag)

    def test_self_contained(self):
        """Nothing that a renderer would fetch: no link, script, external
        image, @import or url() in the CSS."""
        with tempfile.TemporaryDirectory() as tmp:
            text = self.render(tmp, pc.PRINT_BOOK)
        doc = pc.parse_html5(text)
        for tag in ("link", "script", "iframe", "object", "embed", "base"):
            self.assertEqual(pc.elements(doc, tag), [], tag)
        for e in doc.iter():
            for attr in ("src", "srcset", "poster", "data"):
                if e.get(attr) is not None:
                    self.assertTrue(e.get(attr).startswith("data:"), (e.tag, attr))
        styles = pc.elements(doc, "style")
        self.assertEqual(len(styles), 1)
        css = pc.text_of(styles[0])
        self.assertNotIn("@import", css)
        self.assertNotRegex(css, r"url\(")
        # The stylesheet is print.css, inlined.
        with open(os.path.join(pc.SOURCE_DIR, "styles", "print.css"), encoding="utf-8") as f:
            self.assertIn(f.read(), css)

    def test_default_outputs_are_epub_and_html(self):
        with tempfile.TemporaryDirectory() as tmp:
            proc = run_galley(SEEDS, cwd=tmp)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            slug = "irans-massacres-of-political-prisoners-continue-today"
            self.assertEqual(sorted(os.listdir(os.path.join(tmp, "out"))),
                             [slug + ".epub", slug + ".html"])
            doc = pc.parse_html5(read(os.path.join(tmp, "out", slug + ".html")))
            self.assertEqual(len(pc.articles(doc)), 1)

    def test_reproducible(self):
        """The same inputs give the same bytes (the PDF is WeasyPrint's
        business: its font subsets carry random tags)."""
        with tempfile.TemporaryDirectory() as tmp:
            first = self.render(tmp, pc.PRINT_BOOK)
            second = self.render(tmp, pc.PRINT_BOOK)
        self.assertEqual(first, second)

    def test_page_size_option(self):
        with tempfile.TemporaryDirectory() as tmp:
            for arg, size in (("A4", "A4"), ("letter", "letter"), ("A5", "A5")):
                with self.subTest(size=arg):
                    text = self.render(tmp, SEEDS, "--page-size", arg)
                    self.assertEqual(pc.page_geometry(text)[0], size)
            self.assertEqual(pc.page_geometry(self.render(tmp, SEEDS))[0], "A4")
            proc = run_galley(SEEDS, "--page-size", "B5", "-o", os.path.join(tmp, "x.html"))
            self.assertEqual(proc.returncode, 2)
            self.assertIn("--page-size", proc.stderr)

    def test_handouts(self):
        with tempfile.TemporaryDirectory() as tmp:
            hand = os.path.join(tmp, "handouts")
            proc = run_galley(pc.PRINT_BOOK, "-o", os.path.join(tmp, "b.html"), "--handouts", hand)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            book = pc.parse_html5(read(os.path.join(tmp, "b.html")))
            files = sorted(os.listdir(hand))
            self.assertEqual(len(files), 4)
            for (aid, title, body), name in zip(pc.articles(book), files):
                with self.subTest(handout=name):
                    self.assertTrue(name.startswith(aid + "-") and name.endswith(".html"))
                    text = read(os.path.join(hand, name))
                    doc = pc.parse_html5(text)
                    self.assertEqual(pc.text_of(pc.elements(doc, "title")[0]), title)
                    self.assertEqual(pc.articles(doc), [(aid, title, body)])
                    self.assertEqual(pc.elements(doc, "nav"), [])
                    block = pc.elements(doc, "header")[0]
                    self.assertTrue(pc.has_class(block, "title-block"))
                    self.assertIn("Notes on Printing", pc.text_of(block))
                    self.assertIn("Galley Tests", pc.text_of(block))
                    # Page numbers come from the same stylesheet.
                    self.assertIn('counter(page) " / " counter(pages)', text)

    def test_handout_renders_with_page_numbers(self):
        with tempfile.TemporaryDirectory() as tmp:
            hand = os.path.join(tmp, "h")
            run_galley(pc.PRINT_BOOK, "-o", os.path.join(tmp, "b.html"), "--handouts", hand)
            path = os.path.join(hand, sorted(os.listdir(hand))[2])  # the links article
            pdf = os.path.join(tmp, "h.pdf")
            self.assertNotIn("WARNING", pc.weasyprint(path, pdf))
            n = pc.page_count(pdf)
            self.assertGreaterEqual(n, 2)
            text = pc.pdf_text(pdf, layout=True)
            pages = text.split("\f")
            self.assertIn(pc.normalize("Links, addresses and code on paper"),
                          pc.normalize(pages[0]))
            for i in range(2, n + 1):
                self.assertRegex(pages[i - 1], rf"\b{i}\s*/\s*{n}\b")

    def test_pdf_without_weasyprint_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "book.pdf")
            proc = run_galley(SEEDS, "-o", os.path.join(tmp, "a.epub"), "-o", out,
                              env={"PATH": "/nonexistent"})
            self.assertEqual(proc.returncode, 1)
            self.assertIn("WeasyPrint", proc.stderr)
            self.assertIn("apt-get install weasyprint", proc.stderr)
            self.assertIn(out, proc.stderr)
            self.assertEqual(os.listdir(tmp), [], "nothing written when the PDF cannot be")

    def test_pdf_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "book.pdf")
            proc = run_galley(SEEDS, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertEqual(os.listdir(tmp), ["book.pdf"], "no temporary file left behind")
            with open(out, "rb") as f:
                self.assertEqual(f.read(5), b"%PDF-")
            self.assertIn("Iran", pc.pdf_text(out, 3, 3))


if __name__ == "__main__":
    unittest.main()
