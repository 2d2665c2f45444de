"""Issue 12, print details, read back from WeasyPrint's PDF (pdftotext and
its word boxes) and from the EPUB: long addresses break without a hyphen and
are printed once; an article's opening page has no running head and its
later pages do; the contents lists sections to --toc-depth with their page
numbers; a references list has a hanging indent in print and in the EPUB;
Persian and Arabic books number their pages in their own digits."""

import os
import re
import tempfile
import unittest

import print_check as pc
from galley_e2e import NS, Epub, assert_epubcheck_clean, book_folder, run_galley

URL = ("https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/"
       "bulletins/annualsurveyofhoursandearnings/2023provisionaland2022revisedresults")
LINK = ("https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/"
        "datasets/ashe1997to2015selectedestimates")

FILLER = ("The council kept its records in a cellar under the market hall, where the damp "
          "had reached the oldest ledgers long before anyone thought of copying them. ")

ARTICLE = f"""---
title: Wages in the Valley
---

The statistics office published its bulletin at {URL} today, and the council read it.
See also [the full tables]({LINK}) for the detail.

## Background

{FILLER * 12}

{FILLER * 12}

### Ledgers and minutes

{FILLER * 12}

## Later years

{FILLER * 14}

{FILLER * 14}

## References

[1] Office for National Statistics, Annual Survey of Hours and Earnings, provisional results for
2023 and revised results for 2022, published in November 2023 with its tables.

[2] Valley Council, minutes of the meeting of the finance committee held on Tuesday, with the
appendices on wages and working hours in the district and the clerk's notes.
"""

SECOND = f"""---
title: A Short Second Piece
---

{FILLER * 3}
"""



class PrintDetails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        src = book_folder(cls.tmp.name, {"book.yaml": "title: Print Details\nlang: en\n",
                                         "01-wages.md": ARTICLE, "02-second.md": SECOND})
        cls.src = src
        out = lambda name: os.path.join(cls.tmp.name, name)
        cls.html, cls.pdf, cls.epub = out("book.html"), out("book.pdf"), out("book.epub")
        proc = run_galley(src, "--toc-depth", "3", "-o", cls.html, "-o", cls.pdf, "-o", cls.epub)
        if proc.returncode != 0:
            raise AssertionError(proc.stderr)
        with open(cls.html, encoding="utf-8") as f:
            cls.geometry = pc.page_geometry(f.read())
        cls.pages = pc.pages_with_boxes(cls.pdf)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def bands(self, page):
        _, top, _, bottom = self.geometry
        head = [w for w in page.words if (w[1] + w[3]) / 2 < top]
        body = [w for w in page.words if top <= (w[1] + w[3]) / 2 <= page.height - bottom]
        return head, body

    def lines(self, words):
        rows = []
        for w in sorted(words, key=lambda w: w[3]):
            if rows and w[3] - rows[-1][0][3] < 4:
                rows[-1].append(w)
            else:
                rows.append([w])
        return [sorted(ws) for ws in rows]

    def body_lines(self, page):
        return [" ".join(w[4] for w in ln) for ln in self.lines(self.bands(page)[1])]

    def page_starting_with(self, text):
        key = pc.normalize(text)
        for page in self.pages[2:]:
            if pc.normalize("".join(self.body_lines(page)[:2])).startswith(key):
                return page.number
        self.fail(f"no page starts with {text!r}")

    # -- long addresses ------------------------------------------------------
    def test_long_addresses_break_after_slashes_without_hyphens(self):
        text = pc.pdf_text(self.pdf)
        for url in (URL, LINK):
            # The address, with line breaks allowed between any two of its
            # characters: an inserted hyphen would not match.
            m = re.search("\n?".join(re.escape(c) for c in url), text)
            self.assertIsNotNone(m, f"{url} not printed whole")
            broken_after = [m.group(0)[i - 1] for i, c in enumerate(m.group(0)) if c == "\n"]
            self.assertTrue(broken_after, "the address fits a line: the test proves nothing")
            # Every part between slashes fits a line, so it breaks at slashes only.
            self.assertEqual(set(broken_after), {"/"}, m.group(0))
        # A bare address is its own link text: printed once, not repeated in
        # brackets after itself; a link's text is followed by its address.
        flat = re.sub(r"\s+", "", text)
        self.assertEqual(flat.count(URL), 1)
        self.assertIn("thefulltables(" + LINK + ")", flat)

    # -- running heads ---------------------------------------------------------
    def test_opening_pages_have_no_running_head(self):
        first = self.page_starting_with("Wages in the Valley")
        second = self.page_starting_with("A Short Second Piece")
        self.assertGreater(second - first, 1, "the long article should span pages")
        self.assertEqual(self.bands(self.pages[0])[0], [], "title page")
        self.assertEqual(self.bands(self.pages[1])[0], [], "contents page")
        for number, title in ((first, "Wages in the Valley"), (second, "A Short Second Piece")):
            self.assertEqual(self.bands(self.pages[number - 1])[0], [], f"opening page {number}")
        for number in range(first + 1, second):
            head = pc.normalize("".join(w[4] for w in sorted(self.bands(self.pages[number - 1])[0])))
            with self.subTest(page=number):
                self.assertIn("printdetails", head)
                self.assertIn("wagesinthevalley", head)

    def test_article_titled_as_the_book_is_not_headed_twice(self):
        # The seed: one article, titled as the book, over two pages.
        pdf = os.path.join(self.tmp.name, "seed.pdf")
        proc = run_galley(os.path.join(os.path.dirname(pc.PRINT_BOOK), "..", "..", "seeds"),
                          "-o", pdf)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        pages = pc.pages_with_boxes(pdf)
        heads = [[w[4] for w in sorted(self.bands(p)[0])] for p in pages[2:]]
        headed = [h for h in heads if h]
        self.assertTrue(headed, "no page after the opening one")
        for words in headed:
            # Its first words once, not the book's and the article's title side by side.
            self.assertEqual(words.count(words[0]), 1, words)

    # -- contents --------------------------------------------------------------
    def test_contents_lists_sections_to_toc_depth_with_page_numbers(self):
        entries = {}
        for line in self.lines(self.bands(self.pages[1])[1]):
            words = [w[4] for w in line]
            if re.fullmatch(r"\d+", words[-1]):
                label = re.sub(r"[ .]+$", "", " ".join(words[:-1]).replace(".", " ")).strip()
                entries[pc.normalize(label)] = (int(words[-1]), line[0][0])
        for title, level in (("Wages in the Valley", 1), ("Background", 2),
                             ("Ledgers and minutes", 3), ("Later years", 2), ("References", 2),
                             ("A Short Second Piece", 1)):
            with self.subTest(entry=title):
                key = pc.normalize(title)
                self.assertIn(key, entries)
                number, x = entries[key]
                # The heading is printed on that page.
                page_text = pc.normalize("".join(self.body_lines(self.pages[number - 1])))
                self.assertIn(key, page_text)
                # Deeper levels are indented further.
                if level > 1:
                    self.assertGreater(x, entries[pc.normalize("Wages in the Valley")][1] + 5 * (level - 1))

    def test_toc_depth_one_lists_articles_only(self):
        html = os.path.join(self.tmp.name, "depth1.html")
        proc = run_galley(self.src, "--toc-depth", "1", "-o", html)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(html, encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        nav = [e for e in pc.elements(doc, "nav") if pc.has_class(e, "contents")][0]
        labels = [pc.text_of(a) for a in nav.iter(pc.XHTML + "a")]
        self.assertEqual(labels, ["Wages in the Valley", "A Short Second Piece"])

    # -- references ------------------------------------------------------------
    def test_references_hang_in_print(self):
        # Body lines of every page in order: an entry may go on overleaf.
        lines = [ln for page in self.pages for ln in self.lines(self.bands(page)[1])]
        marks = [i for i, ln in enumerate(lines) if ln[0][4] in ("[1]", "[2]")]
        self.assertEqual(len(marks), 2, "the references are not printed")
        flush = lines[marks[0]][0][0]
        self.assertAlmostEqual(lines[marks[1]][0][0], flush, delta=0.5)
        for i in (marks[0] + 1, marks[1] + 1):
            # The entry's next line starts indented (1.6em of 11pt).
            self.assertAlmostEqual(lines[i][0][0] - flush, 1.6 * 11, delta=2, msg=lines[i])

    def test_references_are_marked_in_the_epub(self):
        assert_epubcheck_clean(self, self.epub)
        book = Epub(self.epub)
        paragraphs = [p for path in book.chapters() for p in book.xml(path).iter("{%s}p" % NS["xhtml"])
                      if "references" in (p.get("class") or "").split()]
        self.assertEqual([pc.text_of(p)[:3] for p in paragraphs], ["[1]", "[2]"])
        css = book.read(next(n for n in book.names() if n.endswith(".css"))).decode()
        self.assertRegex(css, r"p\.references \{[^}]*text-indent: -")


class ChromiumPages(unittest.TestCase):
    """Chromium's print of a book of eight short articles, each on a new
    page: no empty page between articles (every page has text in its body),
    as many pages as WeasyPrint's."""

    def test_no_blank_pages(self):
        with tempfile.TemporaryDirectory() as tmp:
            html, pdf = os.path.join(tmp, "book.html"), os.path.join(tmp, "book.pdf")
            chromium_pdf = os.path.join(tmp, "chromium.pdf")
            proc = run_galley(os.path.join(os.path.dirname(pc.PRINT_BOOK), "booklet_book"),
                              "-o", html, "-o", pdf)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            pc.chromium(html, chromium_pdf)
            with open(html, encoding="utf-8") as f:
                text = f.read()
                _, top, _, bottom = pc.page_geometry(text)
                doc = pc.parse_html5(text)
            pages = pc.pages_with_boxes(chromium_pdf)
            # Title page, contents, the articles, the credits.
            self.assertGreaterEqual(len(pages), 2 + len(pc.articles(doc)))
            self.assertEqual(len(pages), pc.page_count(pdf))
            for page in pages:
                body = [w for w in page.words if top <= (w[1] + w[3]) / 2 <= page.height - bottom]
                with self.subTest(page=page.number):
                    self.assertTrue(body, "an empty page")


class ScriptDigits(unittest.TestCase):
    """Persian and Arabic books number their pages, in the footer and in the
    contents, in their own digits."""

    def check(self, lang, digits):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "book.pdf")
            proc = run_galley(pc.PRINT_FA, "-M", "lang=" + lang, "-o", pdf)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            pages = pc.pages_with_boxes(pdf)
            n = len(pages)
            for page in pages[1:]:
                foot = [w for w in page.words if w[1] > page.height - 26 * pc.MM]
                with self.subTest(lang=lang, page=page.number):
                    self.assertEqual(pc.footer_number(foot), digits(f"{page.number}/{n}"))
            contents = pc.pdf_text(pdf, 2, 2)
            self.assertIn(digits("3"), contents)
            self.assertNotRegex(contents, "[0-9]")

    def test_persian(self):
        self.check("fa", pc.persian_digits)

    def test_arabic(self):
        self.check("ar", pc.arabic_digits)


if __name__ == "__main__":
    unittest.main()
