"""Issue 12: a book that looks professionally made. Each article opens with a
header (title, standfirst, byline, date in the book's language, origin with
its link); an image alone in its paragraph is a figure, captioned by the
italic line under it; an empty heading is dropped and reported; the title
page names roles in words; labels, dates and ids follow the book's
language; language names and codes are normalised, anything else refused.
Every EPUB passes epubcheck 0/0 and Ace without a serious violation; the
print HTML renders in WeasyPrint and reads back from the PDF."""

import os
import shutil
import subprocess
import tempfile
import unittest

import ace
import print_check
from galley_e2e import SOURCE_DIR, Epub, NS, assert_epubcheck_clean, run_galley, text_of

IMAGE = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "markdown", "article", "pictures",
                     "field photo.jpg")
X = "{%s}" % NS["xhtml"]

ARTICLE_MD = """---
title: Water in the Valley
subtitle: How one town kept its wells
author:
  - Maria Okafor
  - Sam Lee
date: 2024-03-12
source: The Valley Courier
url: https://courier.example.org/2024/03/water
---

The town council met on Tuesday.

![A dry well at noon](well.jpg)

*Photo: Jane Doe via Flickr, CC BY-SA 4.0, cropped by the editors*

The wells had been dry since spring.

##

## What comes next

The plan is a new pipe.
"""

BOOK_YAML = """title: Field Notes
lang: English
rights: CC BY 4.0
author:
  - name: Ed Itor
    role: editor
  - name: Ann Author
  - name: Tran Slator
    role: translator
"""

FA_ARTICLE_MD = """---
title: \u0622\u0628 \u062F\u0631 \u062F\u0631\u0647
author: \u0645\u0631\u06CC\u0645
date: 2024-03-12
---

\u0645\u062A\u0646 \u0627\u0648\u0644.

## \u062D\u0627\u0634\u06CC\u0647 \u0647\u0627

\u0645\u062A\u0646 \u062F\u0648\u0645.
"""


def words(e):
    """An element's text with its white space collapsed (the XHTML printer
    indents before closing tags)."""
    return " ".join(text_of(e).split())


def by_class(root, cls):
    return [e for e in root.iter() if cls in (e.get("class") or "").split()]


class Professional(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        src = os.path.join(cls.tmp.name, "book")
        os.makedirs(src)
        shutil.copy(IMAGE, os.path.join(src, "well.jpg"))
        with open(os.path.join(src, "01_water.md"), "w", encoding="utf-8") as f:
            f.write(ARTICLE_MD)
        with open(os.path.join(src, "book.yaml"), "w", encoding="utf-8") as f:
            f.write(BOOK_YAML)
        cls.src = src
        cls.epub_path = os.path.join(cls.tmp.name, "book.epub")
        cls.html_path = os.path.join(cls.tmp.name, "book.html")
        cls.proc = run_galley(src, "-o", cls.epub_path, "-o", cls.html_path)

        fa = os.path.join(cls.tmp.name, "fa")
        os.makedirs(fa)
        with open(os.path.join(fa, "01.md"), "w", encoding="utf-8") as f:
            f.write(FA_ARTICLE_MD)
        with open(os.path.join(fa, "book.yaml"), "w", encoding="utf-8") as f:
            f.write("title: \u062F\u0641\u062A\u0631\nlang: Persian\n")
        cls.fa_epub = os.path.join(cls.tmp.name, "fa.epub")
        cls.fa_proc = run_galley(fa, "-o", cls.fa_epub)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def chapter(self, epub_path):
        epub = Epub(epub_path)
        return epub, epub.xml(epub.chapters()[0])

    def test_runs_and_reports_the_empty_heading(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertIn("01_water.md:20: warning: empty heading dropped", self.proc.stderr)
        self.assertEqual(self.fa_proc.returncode, 0, self.fa_proc.stderr)

    def test_epubcheck_clean(self):
        assert_epubcheck_clean(self, self.epub_path)
        assert_epubcheck_clean(self, self.fa_epub)

    def test_article_header(self):
        _, doc = self.chapter(self.epub_path)
        header = by_class(doc, "article-header")[0]
        self.assertEqual(header.tag, X + "header")
        self.assertEqual(text_of(header.find(X + "h1")), "Water in the Valley")
        self.assertEqual(text_of(by_class(header, "standfirst")[0]), "How one town kept its wells")
        byline = by_class(header, "byline")[0]
        self.assertEqual(byline.tag, X + "p")  # a paragraph, never a heading
        self.assertEqual(text_of(byline), "By Maria Okafor and Sam Lee")
        time = header.find(".//" + X + "time")
        self.assertEqual(time.get("datetime"), "2024-03-12")
        self.assertEqual(text_of(time), "12 March 2024")
        origin = by_class(header, "origin")[0]
        self.assertEqual(words(origin), "First published by The Valley Courier")
        self.assertEqual(origin.find(X + "a").get("href"), "https://courier.example.org/2024/03/water")
        self.assertEqual(len(list(doc.iter(X + "h1"))), 1)

    def test_figure_with_caption_and_no_empty_heading(self):
        _, doc = self.chapter(self.epub_path)
        figures = list(doc.iter(X + "figure"))
        self.assertEqual(len(figures), 1)
        self.assertIsNotNone(figures[0].find(".//" + X + "img"))
        caption = text_of(figures[0].find(X + "figcaption"))
        self.assertIn("Jane Doe via Flickr, CC BY-SA 4.0, cropped by the editors", caption)
        # The italic line moved into the caption: it is not also a paragraph.
        paragraphs = [text_of(p) for p in doc.iter(X + "p")]
        self.assertFalse(any("cropped by the editors" in p for p in paragraphs))
        for h in list(doc.iter(X + "h2")):
            self.assertTrue(text_of(h).strip())
        self.assertEqual([text_of(h) for h in doc.iter(X + "h2")], ["What comes next"])

    def test_title_page_roles_and_language(self):
        epub = Epub(self.epub_path)
        self.assertEqual(epub.metadata("dc:language"), ["en"])
        page = epub.xml(os.path.join(epub.base, "text", "titlepage.xhtml"))
        self.assertEqual(text_of(by_class(page, "author")[0]), "Ann Author")
        self.assertEqual(text_of(by_class(page, "editor")[0]), "Edited by Ed Itor")
        self.assertEqual(text_of(by_class(page, "translator")[0]), "Translated by Tran Slator")
        self.assertEqual(text_of(by_class(page, "rights")[0]), "CC BY 4.0")

    def test_credits_page_lists_the_origin(self):
        epub = Epub(self.epub_path)
        page = epub.xml(os.path.join(epub.base, "text", "credits.xhtml"))
        items = [words(li) for li in page.iter(X + "li")]
        self.assertIn("\u201CWater in the Valley\u201D: First published by The Valley Courier", items)

    def test_persian_book_labels_digits_and_ascii_ids(self):
        epub, doc = self.chapter(self.fa_epub)
        self.assertEqual(epub.metadata("dc:language"), ["fa"])
        self.assertEqual(doc.get("dir"), "rtl")
        time = doc.find(".//" + X + "time")
        self.assertEqual(text_of(time), "\u06F1\u06F2 \u0645\u0627\u0631\u0633 \u06F2\u06F0\u06F2\u06F4")
        ids = [e.get("id") for e in doc.iter() if e.get("id")]
        self.assertTrue(ids)
        for i in ids:
            self.assertTrue(i.isascii(), i)
        nav = epub.xml(os.path.join(epub.base, "nav.xhtml"))
        h1 = nav.find(".//" + X + "h1")
        self.assertEqual(text_of(h1), "\u0641\u0647\u0631\u0633\u062A")
        self.assertIsNone(h1.get("lang"))

    def test_language_errors_name_file_and_line(self):
        bad = os.path.join(self.tmp.name, "bad")
        os.makedirs(bad, exist_ok=True)
        shutil.copy(os.path.join(self.src, "01_water.md"), bad)
        with open(os.path.join(bad, "book.yaml"), "w", encoding="utf-8") as f:
            f.write("title: T\nlang: Klingonese\n")
        out = os.path.join(self.tmp.name, "bad.epub")
        proc = run_galley(bad, "-o", out)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("book.yaml:2: error: 'lang': 'Klingonese' is not a language", proc.stderr)
        self.assertFalse(os.path.exists(out))
        proc = run_galley(self.src, "-M", "lang=en_US", "-o", out)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(Epub(out).metadata("dc:language"), ["en-US"])
        assert_epubcheck_clean(self, out)

    def test_print_header_and_title_page_in_pdf(self):
        with open(self.html_path, encoding="utf-8") as f:
            html = f.read()
        doc = print_check.parse_html5(html)
        self.assertEqual(len(by_class(doc, "article-header")), 1)
        self.assertEqual(len(list(doc.iter(X + "figure"))), 1)
        pdf = os.path.join(self.tmp.name, "book.pdf")
        warnings = print_check.weasyprint(self.html_path, pdf)
        self.assertNotIn("WARNING", warnings)
        text = " ".join(print_check.pdf_text(pdf).split())
        for expected in ("Edited by Ed Itor", "Translated by Tran Slator", "CC BY 4.0",
                         "By Maria Okafor and Sam Lee", "12 March 2024",
                         "First published by The Valley Courier", "How one town kept its wells"):
            self.assertIn(expected, text)

    def test_ace_no_serious_violation(self):
        reason = ace.missing_reason()
        if reason:
            self.skipTest(reason)
        for path in (self.epub_path, self.fa_epub):
            serious = ace.violations(ace.run_ace(path), ("critical", "serious"))
            self.assertEqual(serious, [], path)


if __name__ == "__main__":
    unittest.main()
