"""The print HTML rendered by WeasyPrint (the paged-media oracle), read back
from the PDF: page size and count, running heads and page numbers, every
word of every article, contents page numbers, nothing outside the content
box, no stylesheet warnings. Rendered through `galley -o x.pdf`, the route a
user takes, on the seed (A4 and Letter), the multi-article test book and a
right-to-left (Persian) book."""

import os
import re
import statistics
import tempfile
import unittest

import print_check as pc
from galley_e2e import SEEDS, run_galley

TOL = 1.0  # points: rounding in pdftotext's boxes


class WeasyPrintCase:
    source = None
    args = ()
    size = "A4"
    pages = (1, 100)
    rtl = False

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.html_path = os.path.join(cls.tmp.name, "book.html")
        cls.pdf = os.path.join(cls.tmp.name, "book.pdf")
        cls.proc = run_galley(cls.source, *cls.args, "-o", cls.html_path, "-o", cls.pdf)
        if cls.proc.returncode != 0:
            raise AssertionError("galley failed:\n" + cls.proc.stderr)
        with open(cls.html_path, encoding="utf-8") as f:
            cls.html = f.read()
        cls.doc = pc.parse_html5(cls.html)
        cls.articles = pc.articles(cls.doc)
        cls.book_title = pc.text_of(
            [e for e in pc.elements(cls.doc, "h1") if pc.has_class(e, "book-title")][0])
        cls.geometry = pc.page_geometry(cls.html)
        cls.boxes = pc.pages_with_boxes(cls.pdf)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # -- helpers --
    def bands(self, page):
        """The page's words split into head, body and foot by where their
        middle lies: above the content box, in it, below it."""
        _, top, _, bottom = self.geometry
        head, body, foot = [], [], []
        for w in page.words:
            middle = (w[1] + w[3]) / 2
            (head if middle < top else foot if middle > page.height - bottom else body).append(w)
        return head, body, foot

    def lines(self, words):
        """Words grouped into lines (by baseline), each sorted left to right."""
        rows = []
        for w in sorted(words, key=lambda w: w[3]):
            # Smaller type on the same line (a printed URL) ends a little higher.
            if rows and w[3] - rows[-1][0][3] < 4:
                rows[-1].append(w)
            else:
                rows.append([w])
        return [sorted(ws) for ws in rows]

    def start_pages(self):
        """The page each article starts on: the first page whose body begins
        with the article's title (its h1)."""
        starts = []
        for _, title, _ in self.articles:
            key = pc.normalize(title)
            for page in self.boxes[2:]:
                body = pc.normalize("".join(w[4] for w in self.bands(page)[1][:40]))
                body_rev = pc.normalize("".join(w[4][::-1] for w in self.bands(page)[1][:40]))
                if body.startswith(key) or (self.rtl and key[::-1] in body_rev[::-1] + body):
                    starts.append(page.number)
                    break
            else:
                starts.append(None)
        return starts

    def credits_page(self):
        """The page the credits start on (its body begins "Credits"), or None."""
        return next((p.number for p in self.boxes[2:]
                     if pc.normalize("".join(w[4] for w in self.bands(p)[1][:1])) == "credits"),
                    None)

    # -- tests --
    def test_no_weasyprint_warning(self):
        self.assertNotIn("WARNING", self.proc.stderr)
        self.assertNotIn("ERROR", self.proc.stderr)

    def test_page_size_and_count(self):
        want = pc.PAGE_SIZES_PT[self.size]
        got = pc.page_size(self.pdf)
        self.assertAlmostEqual(got[0], want[0], delta=1)
        self.assertAlmostEqual(got[1], want[1], delta=1)
        self.assertEqual(self.geometry[0], self.size)
        n = pc.page_count(self.pdf)
        self.assertGreaterEqual(n, self.pages[0])
        self.assertLessEqual(n, self.pages[1])
        # Title page, contents, then each article on a page of its own.
        self.assertGreaterEqual(n, 2 + len(self.articles))

    def test_running_heads_and_page_numbers(self):
        n = len(self.boxes)
        first_head, _, first_foot = self.bands(self.boxes[0])
        self.assertEqual(first_head, [], "the title page has no running head")
        self.assertEqual(first_foot, [], "the title page has no page number")
        starts = self.start_pages()
        openings = {2, *starts, self.credits_page()}
        for page in self.boxes[1:]:
            head, _, foot = self.bands(page)
            with self.subTest(page=page.number):
                self.assertEqual(pc.footer_number(foot), f"{page.number}/{n}")
                # Page numbers sit on the outer side: right, or left when RTL.
                x = statistics.mean(w[0] for w in foot)
                self.assertTrue(x < page.width / 2 if self.rtl else x > page.width / 2)
                # The contents', each article's and the credits' opening
                # page has no running head.
                if page.number in openings:
                    self.assertEqual(head, [], "a running head on an opening page")
                    continue
                book_side = [w for w in head if (w[0] > page.width / 2) == self.rtl]
                article_side = [w for w in head if (w[0] > page.width / 2) != self.rtl]
                self.assertTrue(book_side, "no book title in the running head")
                got = pc.normalize("".join(w[4] for w in sorted(book_side)))
                want = pc.normalize(self.book_title)
                if self.rtl:
                    got = pc.normalize("".join(w[4][::-1] for w in sorted(book_side, reverse=True)))
                self.assertTrue(want.startswith(got[:12]) and len(got) >= 6, (got, want))
                # The right head names the article the page belongs to.
                current = [i for i, s in enumerate(starts) if s and s <= page.number]
                if current:
                    title = pc.normalize(self.articles[current[-1]][1])
                    got = pc.normalize("".join(w[4] for w in sorted(article_side)))
                    if self.rtl:
                        got = pc.normalize(
                            "".join(w[4][::-1] for w in sorted(article_side, reverse=True)))
                    # The Credits pages, after the last article, are headed "Credits".
                    if got == "credits" and page.number > max(s for s in starts if s):
                        continue
                    # An article titled as the book is not named a second time.
                    if title == pc.normalize(self.book_title):
                        self.assertEqual(got, "")
                        continue
                    self.assertTrue(title.startswith(got[:12]) and len(got) >= 4, (got, title))

    def test_every_article_word_is_printed(self):
        # Every word, in order, in the stream of letters of the pages' bodies
        # (running heads and page numbers left out, so a word hyphenated
        # across a page break joins up again; hyphens do not count).
        stream = "".join(pc.normalize(w[4]) for p in self.boxes for w in self.bands(p)[1])
        for _, title, body in self.articles:
            pos = 0
            for w in pc.words(body):
                found = stream.find(w, pos)
                self.assertNotEqual(found, -1, f"{title}: '{w}' not printed (after {stream[pos - 40:pos]})")
                pos = found + len(w)

    def test_hyphenated_line_ends_rejoin_to_article_words(self):
        """Where the renderer hyphenated (U+2010 at a line end), the two
        halves make a word of the article again."""
        known = {w for _, _, body in self.articles for w in pc.words(body)}
        # The body lines of every page in order, so a word hyphenated at the
        # foot of a page continues on the next page's first line.
        lines = [" ".join(w[4] for w in ln)
                 for p in self.boxes for ln in self.lines(self.bands(p)[1])]
        hyphenated = 0
        for line, following in zip(lines, lines[1:]):
            if line.endswith("\u2010"):
                hyphenated += 1
                rejoined = pc.rejoin_hyphenated(line.split()[-1] + "\n" + following.split()[0])
                # Part of a word: one too long for a line spans several.
                joined = pc.normalize(rejoined)
                self.assertTrue(any(joined in k for k in known), (line, following))
        self.assertGreater(hyphenated, 0, "no line was hyphenated")

    def test_contents_page_numbers_match_article_starts(self):
        starts = self.start_pages()
        self.assertNotIn(None, starts)
        self.assertEqual(starts, sorted(starts))
        # The credits section, when there is one, is listed last.
        if any(pc.has_class(e, "credits") for e in pc.elements(self.doc, "section")):
            starts.append(next(
                p.number for p in self.boxes[2:]
                if pc.normalize("".join(w[4] for w in self.bands(p)[1][:1])) == "credits"))
        numbered = []
        for line in self.lines(self.bands(self.boxes[1])[1]):
            ends = [line[0][4], line[-1][4]]
            digits = [e for e in ends if re.fullmatch(r"\d+", e)]
            if digits and len(line) > 1:
                numbered.append((line[0][0], int(digits[0])))
        # Articles and the credits are flush; their sections (--toc-depth)
        # indented under them.
        flush = min(x for x, _ in numbered)
        self.assertEqual([n for x, n in numbered if x < flush + 2], starts)

    def test_no_word_outside_the_content_box(self):
        _, top, side, bottom = self.geometry
        for page in self.boxes:
            head, body, foot = self.bands(page)
            for w in page.words:
                with self.subTest(page=page.number, word=w[4]):
                    self.assertGreaterEqual(w[0], 0)
                    self.assertLessEqual(w[2], page.width)
            for w in head:
                self.assertLessEqual(w[3], top + TOL, w)
            for w in foot:
                self.assertGreaterEqual(w[1], page.height - bottom - TOL, w)
            for w in body:
                with self.subTest(page=page.number, word=w[4]):
                    # pdftotext's boxes span the font's ascent and descent,
                    # which may stick out of a tight line box a little.
                    slack = 0.3 * (w[3] - w[1])
                    self.assertGreaterEqual(w[1], top - slack)
                    self.assertLessEqual(w[3], page.height - bottom + slack)
                    self.assertGreaterEqual(w[0], side - TOL)
                    self.assertLessEqual(w[2], page.width - side + TOL)

    def test_no_heading_stranded_at_a_page_bottom(self):
        heights = [w[3] - w[1] for p in self.boxes for w in self.bands(p)[1]]
        body_height = statistics.median(heights)
        for page in self.boxes[2:]:
            lines = self.lines(self.bands(page)[1])
            if lines:
                last = lines[-1]
                with self.subTest(page=page.number):
                    self.assertLess(max(w[3] - w[1] for w in last), body_height * 1.15,
                                    "the page ends with a heading: " + " ".join(w[4] for w in last))


class SeedA4(WeasyPrintCase, unittest.TestCase):
    source = SEEDS
    pages = (3, 6)

    def test_hyphenation_and_measure(self):
        """hyphens: auto works (lang is set) and a full line holds about 65
        characters."""
        text = pc.pdf_text(self.pdf, 3, 3)
        self.assertRegex(text, "[a-z][\u2010-]\n[a-z]")
        _, top, side, bottom = self.geometry
        page = self.boxes[2]
        full = [ln for ln in self.lines(self.bands(page)[1])
                if ln[-1][2] - ln[0][0] > (page.width - 2 * side) * 0.97]
        lengths = [len(" ".join(w[4] for w in ln)) for ln in full]
        self.assertGreater(len(lengths), 10)
        self.assertTrue(58 <= statistics.median(lengths) <= 75, statistics.median(lengths))


class SeedLetter(WeasyPrintCase, unittest.TestCase):
    source = SEEDS
    args = ("--page-size", "Letter")
    size = "letter"
    pages = (3, 6)


class TestBookA4(WeasyPrintCase, unittest.TestCase):
    source = pc.PRINT_BOOK
    pages = (6, 10)

    def test_long_urls_are_printed_after_links(self):
        text = pc.normalize(pc.pdf_text(self.pdf))
        self.assertIn(pc.normalize("(https://www.w3.org/TR/css-page-3/)"), text)
        self.assertIn(pc.normalize("detailed-statistics-by-region-and-month-with-revisions.pdf"), text)


class TestBookA5(WeasyPrintCase, unittest.TestCase):
    source = pc.PRINT_BOOK
    args = ("--page-size", "a5")
    size = "A5"
    pages = (8, 16)


class PersianBook(WeasyPrintCase, unittest.TestCase):
    """WeasyPrint 57 renders Persian correctly (checked by eye, see the
    report) but writes a ToUnicode map that pdftotext cannot read back
    faithfully for shaped Arabic-script glyphs ("Illegal entry in bfchar
    block"; upstream Kozea/WeasyPrint#2841 and #1686): extracted words come
    out garbled and their boxes are wrong. So
    here the PDF is checked for what survives extraction (page numbers and
    their side, Arabic-script text in the heads and the body); the Persian
    words themselves are checked in Chromium's PDF (test_print_chromium)."""

    source = pc.PRINT_FA
    pages = (4, 6)
    rtl = True

    def test_document_is_rtl(self):
        html = pc.elements(self.doc, "html")[0]
        self.assertEqual(html.get("dir"), "rtl")
        self.assertEqual(html.get("lang"), "fa")

    @staticmethod
    def arabic_script(text):
        return [c for c in text if "\u0600" <= c <= "\u06ff"]

    def test_running_heads_and_page_numbers(self):
        n = len(self.boxes)
        self.assertEqual(self.bands(self.boxes[0])[0], [])
        self.assertEqual(self.bands(self.boxes[0])[2], [])
        for page in self.boxes[1:]:
            head, _, foot = self.bands(page)
            with self.subTest(page=page.number):
                # In Persian digits.
                self.assertEqual(pc.footer_number(foot), pc.persian_digits(f"{page.number}/{n}"))
                # Mirrored: the number sits on the left.
                self.assertLess(max(w[2] for w in foot), page.width / 2)
                # Opening pages have none; any other head is in Persian.
                if head:
                    self.assertTrue(self.arabic_script("".join(w[4] for w in head)))

    def test_every_article_word_is_printed(self):
        # What extraction keeps: most of the letters the articles use (a few,
        # such as گ and ع, only ever come back as other letters).
        text = pc.pdf_text(self.pdf)
        printed = set(self.arabic_script(text))
        self.assertGreater(len(self.arabic_script(text)), 300)
        for _, title, body in self.articles:
            used = set(self.arabic_script(body))
            self.assertGreaterEqual(len(used & printed), 0.75 * len(used), title)

    def test_hyphenated_line_ends_rejoin_to_article_words(self):
        # Arabic script is not hyphenated (and there is no Persian pattern).
        self.assertNotIn("\u2010", pc.pdf_text(self.pdf))

    def test_contents_page_numbers_match_article_starts(self):
        self.skipTest("start pages are found by their title's text, which pdftotext garbles "
                      "here (see the class comment); covered by the left-to-right books")

    def test_no_word_outside_the_content_box(self):
        self.skipTest("pdftotext's boxes for shaped Arabic-script words are wrong (see the "
                      "class comment); covered by the left-to-right books")


if __name__ == "__main__":
    unittest.main()
