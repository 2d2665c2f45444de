"""Languages and direction, through epubcheck and read back: a Persian book
(Markdown, lang fa) is right to left throughout; a mixed English/Persian
book (built from the model: the readers cannot give one article its own
language yet) marks the Persian article and its contents entries."""

import os
import tempfile
import unittest

from galley_e2e import (NS, SOURCE_DIR, Epub, assert_epubcheck_clean, make_fixture_books,
                        run_galley, text_of)

PERSIAN = os.path.join(SOURCE_DIR, "tests", "e2e", "books", "persian")
XHTML = "{%s}" % NS["xhtml"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def nav_path(epub):
    item = [i for i in epub.manifest().values() if i.get("properties") == "nav"][0]
    return epub.resolve(item.get("href"))


def xhtml_documents(epub):
    return [epub.resolve(i.get("href")) for i in epub.manifest().values()
            if i.get("media-type") == "application/xhtml+xml"]


class PersianBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "fa.epub")
        cls.proc = run_galley(PERSIAN, "-o", cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_epubcheck_zero_errors_zero_warnings(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        assert_epubcheck_clean(self, self.path)

    def test_package_and_spine_are_rtl(self):
        epub = Epub(self.path)
        self.assertEqual(epub.opf.get(XML_LANG), "fa")
        self.assertEqual(epub.opf.get("dir"), "rtl")
        self.assertEqual(epub.opf.find("opf:spine", NS).get("page-progression-direction"), "rtl")
        self.assertEqual(epub.metadata("dc:language"), ["fa"])

    def test_every_document_is_persian_and_rtl(self):
        epub = Epub(self.path)
        docs = xhtml_documents(epub)
        self.assertEqual(len(docs), 4)  # cover, nav, title page, the article
        for path in docs:
            html = epub.xml(path)
            self.assertEqual((html.get("lang"), html.get(XML_LANG), html.get("dir")), ("fa", "fa", "rtl"), path)

    def test_text_kept_in_logical_order(self):
        """The Persian sentences, the embedded English title and the
        zero-width non-joiners come through unchanged, in source order."""
        epub = Epub(self.path)
        doc = epub.xml(epub.chapters()[0])
        paragraphs = [text_of(p) for p in doc.iter(XHTML + "p")]
        with open(os.path.join(PERSIAN, "library.md"), encoding="utf-8") as f:
            source = [block for block in f.read().split("\n\n") if block and block[0] not in "#"]
        self.assertEqual(paragraphs, [b.strip() for b in source])
        self.assertIn("ترجمه\u200cی فارسی کتاب The Little Prince که", paragraphs[3])
        sections = [text_of(h) for h in doc.iter() if h.tag in (XHTML + "h2", XHTML + "h3")]
        self.assertEqual(sections, ["تاریخچه", "کتابدار", "آینده"])

    def test_labels_are_in_the_books_language(self):
        # The contents' heading is Persian, in the book's language (no
        # language of its own).
        epub = Epub(self.path)
        nav = epub.xml(nav_path(epub))
        h1 = nav.find(".//xhtml:h1", NS)
        self.assertEqual((text_of(h1), h1.get("lang"), h1.get(XML_LANG)), ("\u0641\u0647\u0631\u0633\u062a", None, None))


class MixedBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = make_fixture_books(cls.tmp.name)["mixed"]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_epubcheck_zero_errors_zero_warnings(self):
        assert_epubcheck_clean(self, self.path)

    def test_book_is_english_and_ltr(self):
        epub = Epub(self.path)
        self.assertEqual(epub.opf.get(XML_LANG), "en")
        self.assertIsNone(epub.opf.find("opf:spine", NS).get("page-progression-direction"))

    def test_persian_article_is_marked(self):
        epub = Epub(self.path)
        english, persian = epub.chapters()
        html = epub.xml(english)
        self.assertEqual((html.get("lang"), html.get(XML_LANG), html.get("dir")), ("en", "en", "ltr"))
        self.assertEqual({p.get("dir") for p in html.iter(XHTML + "p")}, {None})
        html = epub.xml(persian)
        self.assertEqual((html.get("lang"), html.get(XML_LANG), html.get("dir")), ("fa", "fa", "rtl"))
        # Mixed-direction blocks take their direction from their own text.
        blocks = [e for e in html.iter() if e.tag in (XHTML + "p", XHTML + "h1", XHTML + "h2", XHTML + "h3")]
        self.assertEqual(len(blocks), 6)
        self.assertEqual({e.get("dir") for e in blocks}, {"auto"})

    def test_contents_entries_carry_their_language(self):
        epub = Epub(self.path)
        nav = epub.xml(nav_path(epub))
        toc = [n for n in nav.iter(XHTML + "nav") if n.get("{%s}type" % NS["epub"]) == "toc"][0]
        entries = [(text_of(li.find("xhtml:a", NS)), li.get("lang"), li.find("xhtml:a", NS).get("dir"))
                   for li in toc.iter(XHTML + "li")]
        self.assertEqual(entries, [
            ("A village library", None, None),
            ("History", None, None),
            ("The librarian", None, None),
            ("کتابخانه\u200cای در میان کوه\u200cها", "fa", "auto"),
            ("تاریخچه", "fa", "auto"),
            ("کتابدار", "fa", "auto"),
        ])


if __name__ == "__main__":
    unittest.main()
