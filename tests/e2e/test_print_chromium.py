"""The print HTML printed by headless Chromium, the second renderer: page
numbers "N / M" in the footer, the literal running-head fallback (Chromium
has no string()), every word of every article, nothing shrunk to fit. Also
the Persian book, whose text Chromium's PDF gives back faithfully."""

import os
import tempfile
import unittest

import print_check as pc
from galley_e2e import run_galley


class ChromiumPrint(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.books = {}
        for name, source in (("en", pc.PRINT_BOOK), ("fa", pc.PRINT_FA)):
            html_path = os.path.join(cls.tmp.name, name + ".html")
            pdf = os.path.join(cls.tmp.name, name + ".pdf")
            proc = run_galley(source, "-o", html_path)
            if proc.returncode != 0:
                raise AssertionError(proc.stderr)
            pc.chromium(html_path, pdf)
            with open(html_path, encoding="utf-8") as f:
                html = f.read()
            cls.books[name] = (html, pc.parse_html5(html), pdf)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_pages(self, name):
        html, doc, pdf = self.books[name]
        n = pc.page_count(pdf)
        # Title page, contents, then each article on a new page.
        self.assertGreaterEqual(n, 2 + len(pc.articles(doc)))
        size, top, side, bottom = pc.page_geometry(html)
        w, h = pc.page_size(pdf)
        self.assertAlmostEqual(w, pc.PAGE_SIZES_PT[size][0], delta=1)
        self.assertAlmostEqual(h, pc.PAGE_SIZES_PT[size][1], delta=1)
        title = [e for e in pc.elements(doc, "h1") if pc.has_class(e, "book-title")][0]
        for page in pc.pages_with_boxes(pdf):
            foot = [x for x in page.words if x[1] > h - bottom]
            head = [x for x in page.words if x[3] < top]
            with self.subTest(book=name, page=page.number):
                if page.number == 1:
                    self.assertEqual(foot + head, [], "the title page has no head or number")
                    continue
                number = f"{page.number}/{n}"
                # A Persian book numbers its pages in Persian digits.
                self.assertEqual(pc.footer_number(foot),
                                 pc.persian_digits(number) if name == "fa" else number)
                self.assertTrue(head, "no running head")
                if name == "en":
                    self.assertTrue(pc.normalize(pc.text_of(title)).startswith(
                        pc.normalize("".join(x[4] for x in sorted(head)))))
                # Text set at full size within the margins: not shrunk, not overflowing.
                body = [x for x in page.words if top <= (x[1] + x[3]) / 2 <= h - bottom]
                for x in body:
                    self.assertGreaterEqual(x[0], side - 1.5, x)
                    self.assertLessEqual(x[2], w - side + 1.5, x)
                if page.number > 2 and name == "en":
                    self.assertGreater(max(x[2] for x in body) - min(x[0] for x in body),
                                       0.9 * (w - 2 * side), "page content shrunk")

    def check_words(self, name, ordered):
        _, doc, pdf = self.books[name]
        text = pc.pdf_text(pdf)
        stream = "".join(pc.words(text))
        printed = set(pc.words(text))
        for _, title, body in pc.articles(doc):
            pos = 0
            for w in pc.words(body):
                if ordered:
                    found = stream.find(w, pos)
                    self.assertNotEqual(found, -1, f"{title}: '{w}' not printed")
                    pos = found + len(w)
                else:
                    self.assertIn(w, printed, title)

    def test_english_pages(self):
        self.check_pages("en")

    @unittest.expectedFailure
    def test_opening_pages_have_no_running_head(self):
        # Chromium 156 cannot: it has no string(), matches `@page :first` only
        # on the document's first page (neither a named page's first page nor
        # :nth() is supported), and a named page for an article's opening
        # would force a page break after it. Its literal head (the book
        # title) is on every page but the first; check_pages asserts that.
        html, doc, pdf = self.books["en"]
        _, top, _, bottom = pc.page_geometry(html)
        titles = {pc.normalize(t) for _, t, _ in pc.articles(doc)}
        opening = 0
        for page in pc.pages_with_boxes(pdf)[2:]:
            body = sorted((w for w in page.words if top <= (w[1] + w[3]) / 2), key=lambda w: w[3])
            first = pc.normalize("".join(w[4] for w in body if abs(w[3] - body[0][3]) < 4))
            if first in titles:
                opening += 1
                self.assertEqual([w for w in page.words if w[3] < top], [], page.number)
        self.assertGreater(opening, 0)

    def test_english_words(self):
        self.check_words("en", ordered=True)

    def test_persian_pages(self):
        self.check_pages("fa")

    def test_persian_words(self):
        # pdftotext may order right-to-left runs visually: words, not order.
        self.check_words("fa", ordered=False)


if __name__ == "__main__":
    unittest.main()
