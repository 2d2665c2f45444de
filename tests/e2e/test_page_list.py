"""--page-list: the print edition laid out by WeasyPrint, its page breaks
carried into the EPUB (pagebreak markers, nav page-list, NCX pageList,
printPageNumbers, dc:source). On the seed book and on a generated book of
about 30 pages: epubcheck clean, Ace passes, one page-list entry per PDF page
after the title page, and for 5 sampled pages the words after marker N in
the EPUB are the first body words of PDF page N."""

import os
import random
import tempfile
import unittest

import ace
import print_check as pc
from galley_e2e import NS, SEEDS, Epub, assert_epubcheck_clean, run_galley

EPUB_TYPE = "{%s}type" % NS["epub"]
XHTML = "{%s}" % NS["xhtml"]
HYPHEN_END = tuple(pc.HYPHENS)


def write_long_book(folder, articles=4, paragraphs=27, seed=16):
    """A book of about 30 A4 pages: articles of sections and paragraphs of
    words drawn (seeded, so always the same) from a list of ordinary words."""
    vocabulary = ("river harbour lantern paper folded signature margin reader printer "
                  "morning evening village station letter window garden bridge market "
                  "winter summer quiet careful slowly together across between under "
                  "before after always never often carried written spoken measured "
                  "bound stitched trimmed copied shared").split()
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "book.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Pages on Paper and Screen\nauthor: Galley Tests\nlang: en\n"
                "date: 2024-05-01\n")
    for a in range(1, articles + 1):
        lines = [f"# Part {a}: {rng.choice(vocabulary).title()} and {rng.choice(vocabulary)}", ""]
        for p in range(paragraphs):
            if p % 8 == 4:
                lines += [f"## Section {a}.{p // 8 + 1}", ""]
            words = [rng.choice(vocabulary) for _ in range(rng.randint(60, 110))]
            words[0] = words[0].title()
            lines += [" ".join(words) + ".", ""]
        with open(os.path.join(folder, f"{a:02d}-part.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def epub_tokens(epub):
    """The spine's text in reading order as tokens: ("page", label) for each
    pagebreak marker, ("word", normalized word) for each word."""
    tokens = []

    def walk(e):
        if e.get(EPUB_TYPE) == "pagebreak":
            tokens.append(("page", e.get("aria-label")))
        tokens.extend(("word", w) for w in pc.words(e.text or ""))
        for child in e:
            walk(child)
            tokens.extend(("word", w) for w in pc.words(child.tail or ""))

    for path in epub.spine_documents():
        walk(epub.xml(path).find(XHTML + "body"))
    return tokens


class PageListCase:
    name = None
    min_pages = 2

    @classmethod
    def source(cls, tmp):
        raise NotImplementedError

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.epub_path = os.path.join(cls.tmp.name, "book.epub")
        cls.pdf = os.path.join(cls.tmp.name, "book.pdf")
        cls.html = os.path.join(cls.tmp.name, "book.html")
        proc = run_galley(cls.source(cls.tmp.name), "--page-list", "-o", cls.epub_path,
                          "-o", cls.pdf, "-o", cls.html)
        if proc.returncode != 0:
            raise AssertionError("galley failed:\n" + proc.stderr)
        cls.epub = Epub(cls.epub_path)
        cls.pages = pc.page_count(cls.pdf)
        with open(cls.html, encoding="utf-8") as f:
            cls.geometry = pc.page_geometry(f.read())
        cls.boxes = pc.pages_with_boxes(cls.pdf)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def page_list(self):
        nav = self.epub.xml(self.epub.resolve(
            [i for i in self.epub.manifest().values()
             if "nav" in (i.get("properties") or "").split()][0].get("href")))
        lists = [n for n in nav.iter(XHTML + "nav") if n.get(EPUB_TYPE) == "page-list"]
        self.assertEqual(len(lists), 1)
        return [(a.text, a.get("href")) for a in lists[0].iter(XHTML + "a")]

    def body_words(self, number):
        """The words of PDF page `number` inside the content box (no running
        head, no page number), in reading order."""
        _, top, _, bottom = self.geometry
        page = self.boxes[number - 1]
        return [w[4] for w in page.words if top <= (w[1] + w[3]) / 2 <= page.height - bottom]

    def test_book_is_long_enough(self):
        self.assertGreaterEqual(self.pages, self.min_pages)

    def test_epubcheck_clean(self):
        assert_epubcheck_clean(self, self.epub_path)

    def test_one_entry_per_page_after_the_title_page(self):
        entries = self.page_list()
        self.assertEqual([label for label, _ in entries],
                         [str(n) for n in range(2, self.pages + 1)])
        # Each entry points at its marker, and every marker is listed once.
        markers = [v for k, v in epub_tokens(self.epub) if k == "page"]
        self.assertEqual(markers, [label for label, _ in entries])
        for label, href in entries:
            self.assertTrue(href.endswith("#page-" + label), href)
        ncx = self.epub.xml(self.epub.resolve(self.epub.manifest()["ncx"].get("href")))
        targets = ncx.findall(".//ncx:pageList/ncx:pageTarget", NS)
        self.assertEqual([t.get("value") for t in targets], [label for label, _ in entries])

    def test_package_names_the_print_edition(self):
        self.assertIn("print edition", self.epub.metadata("dc:source")[0])
        features = [e.text for e in self.epub.opf.find("opf:metadata", NS)
                    if e.get("property") == "schema:accessibilityFeature"]
        self.assertIn("printPageNumbers", features)

    def test_sampled_pages_start_with_the_marked_words(self):
        tokens = epub_tokens(self.epub)
        # Page 2 is the printed contents, which the EPUB replaces with its
        # own navigation: sample from the pages after it.
        candidates = list(range(3, self.pages + 1))
        step = max(1, len(candidates) // 5)
        sample = candidates[::step][:5]
        self.assertEqual(len(sample), min(5, len(candidates)))
        for n in sample:
            with self.subTest(page=n):
                pdf_words = self.body_words(n)
                previous = self.body_words(n - 1)
                # A word hyphenated across the break belongs to the page it starts on.
                if previous and previous[-1].endswith(HYPHEN_END):
                    pdf_words = pdf_words[1:]
                expected = pc.words(" ".join(pdf_words))[:3]
                at = tokens.index(("page", str(n)))
                after = [v for k, v in tokens[at + 1:] if k == "word"][:3]
                self.assertEqual(len(expected), 3)
                self.assertEqual(after, expected)

    def test_ace_passes(self):
        reason = ace.missing_reason()
        if reason:
            self.skipTest(reason)
        report = ace.run_ace(self.epub_path)
        self.assertEqual(ace.violations(report), [])
        self.assertEqual(report["earl:result"]["earl:outcome"], "pass")


class SeedBook(PageListCase, unittest.TestCase):
    min_pages = 4

    @classmethod
    def source(cls, tmp):
        return SEEDS


class ThirtyPageBook(PageListCase, unittest.TestCase):
    min_pages = 30

    @classmethod
    def source(cls, tmp):
        folder = os.path.join(tmp, "long")
        write_long_book(folder)
        return folder


if __name__ == "__main__":
    unittest.main()
