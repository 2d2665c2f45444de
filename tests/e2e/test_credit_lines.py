"""Issue 12, the reader's side: credit lines in every form are credits and
never headings; a credit line under an image (italic or not, next line or
next paragraph) becomes that image's credit and caption; front matter's
`image-credit` captions the lead image; book.yaml's `files:` gives an
article's origin; a plain-text byline fills the article header; bare web
addresses in plain text are links with the sentence's punctuation outside.
Asserts on the parsed EPUB XHTML; every EPUB passes epubcheck 0/0, and the
book Ace with no serious violation. A credit line between paragraphs is
listed on the Credits page too."""

import os
import struct
import tempfile
import unittest
import zlib

import ace
from galley_e2e import Epub, NS, assert_epubcheck_clean, run_galley, text_of

X = "{%s}" % NS["xhtml"]

PLAIN = """The Dry Season

By Maria Okafor and Sam Lee | 12 March 2024 | Newsroom

By the time we arrived, the river had risen above the old mark.

Photo: Jane Doe, CC BY 4.0

The wells had been dry since spring, and nobody in the town knew why.

Photograph: Kim Park/The Guardian

The council published its report at https://council.example.org/report.pdf, and a summary
at www.example.org/summary (with maps).

Foto: Max Mustermann

Work starts in May, if the money comes through in time for the contractors.
"""

MARKDOWN = """---
title: Water in the Valley
image: lead.png
image-credit: "Photo: Ann Lee/Reuters, CC BY 4.0"
credits:
  - image: dusk.png
    creator: Ben Hill
    licence: CC0
---

The town council met on Tuesday.

![A dry well at noon](well.png)
*Photo: Jane Doe via Flickr, CC BY-SA 4.0*

The wells had been dry since spring.

![The new pipe](pipe.png)

Credit: Sam Okafor/Reuters

![The valley at dusk](dusk.png)

*The valley at dusk, seen from the ridge*

The plan is a new pipe.
"""

BOOK_YAML = """title: Field Notes
lang: en
files:
  02_water.md:
    source: The Valley Courier
    url: https://courier.example.org/2024/03/water
"""


def write_png(path, rgb, size=(24, 16)):
    """A small valid PNG of one colour: distinct images, so that the book does
    not merge them into one asset (images are deduplicated by content)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    w, h = size
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def words(e):
    return " ".join(text_of(e).split())


def by_class(root, cls):
    return [e for e in root.iter() if cls in (e.get("class") or "").split()]


class CreditLines(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        src = os.path.join(cls.tmp.name, "book")
        os.makedirs(src)
        for k, name in enumerate(("well.png", "pipe.png", "dusk.png", "lead.png")):
            write_png(os.path.join(src, name), (40 * k, 120, 200 - 40 * k))
        with open(os.path.join(src, "01_dry.txt"), "w", encoding="utf-8") as f:
            f.write(PLAIN)
        with open(os.path.join(src, "02_water.md"), "w", encoding="utf-8") as f:
            f.write(MARKDOWN)
        with open(os.path.join(src, "book.yaml"), "w", encoding="utf-8") as f:
            f.write(BOOK_YAML)
        cls.src = src
        cls.epub_path = os.path.join(cls.tmp.name, "book.epub")
        cls.proc = run_galley(src, "-o", cls.epub_path)
        epub = Epub(cls.epub_path)
        cls.epub = epub
        cls.plain, cls.md = [epub.xml(p) for p in epub.chapters()]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_runs_clean(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertNotIn("warning", self.proc.stderr)
        assert_epubcheck_clean(self, self.epub_path)

    def test_ace_no_serious_violation(self):
        reason = ace.missing_reason()
        if reason:
            self.skipTest(reason)
        self.assertEqual(ace.violations(ace.run_ace(self.epub_path)), [])

    def test_plain_credit_lines_are_never_headings(self):
        self.assertEqual(list(self.plain.iter(X + "h2")), [])
        credits = [words(p) for p in by_class(self.plain, "credit")]
        self.assertEqual(credits, ["Photo: Jane Doe, CC BY 4.0", "Photograph: Kim Park/The Guardian",
                                   "Foto: Max Mustermann"])
        for p in by_class(self.plain, "credit"):
            self.assertEqual(p.tag, X + "p")
        nav = self.epub.xml(os.path.join(self.epub.base, "nav.xhtml"))
        toc = " ".join(words(a) for a in nav.iter(X + "a"))
        self.assertNotIn("Photo", toc)
        self.assertNotIn("Foto", toc)

    def test_plain_byline_fills_the_header(self):
        header = by_class(self.plain, "article-header")[0]
        self.assertEqual(words(by_class(header, "byline")[0]), "By Maria Okafor and Sam Lee")
        time = header.find(".//" + X + "time")
        self.assertEqual(time.get("datetime"), "2024-03-12")
        self.assertEqual(words(by_class(header, "origin")[0]), "First published by Newsroom")
        # The first sentence, which starts like a byline, stays text.
        paragraphs = [words(p) for p in self.plain.iter(X + "p") if not p.get("class")]
        self.assertEqual(paragraphs[0],
                         "By the time we arrived, the river had risen above the old mark.")
        self.assertFalse(any("Maria Okafor" in p for p in paragraphs))

    def test_plain_bare_addresses_are_links(self):
        links = {a.get("href"): a for a in self.plain.iter(X + "a")}
        self.assertIn("https://council.example.org/report.pdf", links)
        self.assertEqual(text_of(links["https://council.example.org/report.pdf"]),
                         "https://council.example.org/report.pdf")
        self.assertIn("http://www.example.org/summary", links)
        para = [p for p in self.plain.iter(X + "p") if "council published" in text_of(p)][0]
        self.assertIn("report.pdf, and", words(para))  # the comma outside the link
        self.assertIn("www.example.org/summary (with maps).", words(para))

    def test_markdown_credit_under_image_is_the_figure_credit(self):
        figures = list(self.md.iter(X + "figure"))
        self.assertEqual(len(figures), 4)  # the lead image and three in the text
        captions = [words(f.find(X + "figcaption")) for f in figures]
        self.assertIn("Ann Lee via Reuters", captions[0])           # front matter's image-credit
        self.assertIn("CC BY 4.0", captions[0])
        self.assertIn("Jane Doe via Flickr, CC BY-SA 4.0", captions[1])  # italic, next line
        self.assertIn("Sam Okafor via Reuters", captions[2])        # plain, next paragraph
        self.assertEqual(captions[3], "The valley at dusk, seen from the ridge")
        licence = figures[1].find(X + "figcaption").find(".//" + X + "a")
        self.assertEqual(licence.get("href"), "https://creativecommons.org/licenses/by-sa/4.0/")
        paragraphs = [words(p) for p in self.md.iter(X + "p")]
        for gone in ("Photo: Jane Doe", "Credit: Sam Okafor", "The valley at dusk, seen"):
            self.assertFalse(any(gone in p for p in paragraphs), gone)

    def test_credits_page_lists_image_credits_and_origin(self):
        page = self.epub.xml(os.path.join(self.epub.base, "text", "credits.xhtml"))
        items = " ".join(words(li) for li in page.iter(X + "li"))
        for expected in ("Jane Doe via Flickr", "Sam Okafor via Reuters", "Ann Lee via Reuters",
                         "First published by The Valley Courier"):
            self.assertIn(expected, items)

    def test_credit_lines_in_the_text_are_on_the_credits_page_too(self):
        page = self.epub.xml(os.path.join(self.epub.base, "text", "credits.xhtml"))
        items = [li for li in page.iter(X + "li")]
        listed = {words(li): li for li in items}
        # Plain text: each credit line between paragraphs stays in the text
        # (test_plain_credit_lines_are_never_headings) and is listed, once, in
        # the text's order, saying that its picture is not in the book.
        not_included = "Image in \u201cThe Dry Season\u201d, not included: "
        in_text = [w for w in listed if w.startswith(not_included)]
        self.assertEqual(in_text, [not_included + "Jane Doe, CC BY 4.0",
                                   not_included + "Kim Park via The Guardian",
                                   not_included + "Max Mustermann"])
        licence = listed[in_text[0]].find(".//" + X + "a")
        self.assertEqual(licence.get("href"), "https://creativecommons.org/licenses/by/4.0/")
        # Markdown: a credit line under an image is listed with its image.
        shown = "Image in \u201cWater in the Valley\u201d: "
        for credit in ("Jane Doe via Flickr, CC BY-SA 4.0", "Sam Okafor via Reuters"):
            self.assertEqual([w for w in listed if w.endswith(credit)], [shown + credit])
        self.assertEqual(len(listed), len(items), "a credit listed twice")

    def test_files_entry_sets_the_origin(self):
        header = by_class(self.md, "article-header")[0]
        origin = by_class(header, "origin")[0]
        self.assertEqual(words(origin), "First published by The Valley Courier")
        self.assertEqual(origin.find(X + "a").get("href"),
                         "https://courier.example.org/2024/03/water")

    def test_inspect_shows_the_byline(self):
        proc = run_galley(os.path.join(self.src, "01_dry.txt"), "--inspect")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("byline (line 3): Maria Okafor, Sam Lee | date 2024-03-12 | source Newsroom",
                      proc.stdout)
        self.assertIn("bare web addresses linked: 2", proc.stdout)


if __name__ == "__main__":
    unittest.main()
