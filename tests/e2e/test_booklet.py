"""--booklet: a 10-page A5 book imposed by galley (qpdf) as a saddle-stitch
booklet on A4 landscape sheets, read back with poppler-utils: sheet count and
size, which printed page sits on which half of which side, every word once,
and --signature / --creep moving pages where they belong."""

import collections
import os
import re
import tempfile
import unittest

import print_check as pc
from galley_e2e import SOURCE_DIR, run_galley

BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "booklet_book")
A4_LANDSCAPE = (841.89, 595.28)
MM = 72 / 25.4
# Sheet sides in printing order for 12 pages (10 padded): (left, right).
ONE_SIGNATURE = [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]


class BookletCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.plain = cls.render("plain.pdf", "--page-size", "A5")
        cls.pages = pc.pages_with_boxes(cls.plain)
        if len(cls.pages) != 10:
            raise AssertionError(f"the fixture must lay out on 10 A5 pages, not {len(cls.pages)}")
        cls.booklet = cls.render("booklet.pdf", "--booklet")
        cls.sides = pc.pages_with_boxes(cls.booklet)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def render(cls, name, *args):
        out = os.path.join(cls.tmp.name, name)
        proc = run_galley(BOOK, *args, "-o", out)
        if proc.returncode != 0:
            raise AssertionError("galley failed:\n" + proc.stderr)
        return out

    def halves(self, side, shift=0.0):
        """The side's words on the left and right half, each moved back to
        where it stands on its own A5 page (text only, in reading order)."""
        fold = side.width / 2
        left, right = [], []
        page_w = self.pages[0].width
        for (x0, y0, x1, y1, t) in side.words:
            if (x0 + x1) / 2 < fold:
                left.append((round(x0 - (fold - page_w) - shift), round(y0), t))
            else:
                right.append((round(x0 - fold + shift), round(y0), t))
        return left, right

    def page_words(self, number):
        """Page `number` of the plain A5 render as (x, y, text); blank past the end."""
        if number > len(self.pages):
            return []
        return [(round(w[0]), round(w[1]), w[4]) for w in self.pages[number - 1].words]

    def assert_side(self, side, expected, shift=0.0):
        left, right = self.halves(side, shift)
        self.assertEqual(sorted(left), sorted(self.page_words(expected[0])),
                         f"left half of side {side.number} is not page {expected[0]}")
        self.assertEqual(sorted(right), sorted(self.page_words(expected[1])),
                         f"right half of side {side.number} is not page {expected[1]}")

    def test_three_a4_landscape_sheets(self):
        self.assertEqual(len(self.sides), 6, "3 sheets, printed on both sides")
        for side in self.sides:
            self.assertAlmostEqual(side.width, A4_LANDSCAPE[0], delta=0.5)
            self.assertAlmostEqual(side.height, A4_LANDSCAPE[1], delta=0.5)

    def test_pages_in_signature_order(self):
        for side, expected in zip(self.sides, ONE_SIGNATURE):
            with self.subTest(side=side.number, pages=expected):
                self.assert_side(side, expected)

    def test_page_numbers_side_by_side(self):
        # The footers read "N / 10"; the title page and the two blank pages
        # carry none, so each side shows the numbers of its numbered halves,
        # left before right on the same line.
        for number, (left, right) in enumerate(ONE_SIGNATURE, start=1):
            text = pc.pdf_text(self.booklet, number, number, layout=True)
            shown = [int(n) for n in re.findall(r"\b(\d+) / 10\b", text)]
            want = [n for n in (left, right) if 2 <= n <= 10]
            with self.subTest(side=number, pages=(left, right)):
                self.assertEqual(shown, want)
                if len(want) == 2:
                    line = [l for l in text.splitlines() if f"{want[0]} / 10" in l][0]
                    self.assertRegex(line, rf"\b{want[0]} / 10\s+.*\b{want[1]} / 10\b")

    def test_every_word_exactly_once(self):
        book = collections.Counter(pc.words(pc.pdf_text(self.plain)))
        booklet_text = pc.pdf_text(self.booklet)
        booklet = collections.Counter(pc.words(booklet_text))
        self.assertEqual(booklet, book)
        # Each source word is there, whole once line-end hyphens are rejoined.
        booklet = collections.Counter(pc.words(pc.rejoin_hyphenated(booklet_text)))
        for name in sorted(os.listdir(BOOK)):
            if name.endswith(".md"):
                with open(os.path.join(BOOK, name), encoding="utf-8") as f:
                    source = pc.words(f.read().replace("#", ""))
                for w in set(source):
                    self.assertGreaterEqual(booklet[w], source.count(w), f"{w} ({name})")

    def test_signatures_of_one_sheet(self):
        sides = pc.pages_with_boxes(self.render("sig.pdf", "--booklet", "--signature", "1"))
        expected = [(4, 1), (2, 3), (8, 5), (6, 7), (12, 9), (10, 11)]
        self.assertEqual(len(sides), 6)
        for side, pages in zip(sides, expected):
            with self.subTest(side=side.number, pages=pages):
                self.assert_side(side, pages)

    def test_creep_moves_inner_sheets_toward_the_fold(self):
        sides = pc.pages_with_boxes(self.render("creep.pdf", "--booklet", "--creep", "1mm"))
        for side, pages in zip(sides, ONE_SIGNATURE):
            sheet = (side.number - 1) // 2  # 0 outermost
            with self.subTest(side=side.number, sheet=sheet):
                self.assert_side(side, pages, shift=sheet * MM)

    def test_bad_requests_are_usage_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            for args, needle in ((["--booklet", "-o", "b.html"], "--booklet"),
                                 (["--creep", "1mm", "-o", "b.pdf"], "--booklet"),
                                 (["--booklet", "--creep", "wide", "-o", "b.pdf"], "--creep")):
                with self.subTest(args=args):
                    proc = run_galley(BOOK, *args[:-1], os.path.join(tmp, args[-1]))
                    self.assertEqual(proc.returncode, 2, proc.stderr)
                    self.assertIn(needle, proc.stderr)
            self.assertEqual(os.listdir(tmp), [])


if __name__ == "__main__":
    unittest.main()
