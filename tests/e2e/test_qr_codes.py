"""QR codes on paper: every external link of a handout is printed as a QR
code that scans (zbarimg on a 300-dpi render of the WeasyPrint PDF) to the
link's URL; --qr selects them (handouts default to links, the book to
none). Also the handout footer from the metadata and --paper-saver."""

import collections
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import print_check as pc
from galley_e2e import run_galley

LINKS_ARTICLE = os.path.join(pc.PRINT_BOOK, "03-links.md")


def source_urls():
    with open(LINKS_ARTICLE, encoding="utf-8") as f:
        return re.findall(r"\]\((https?://[^)\s]+)\)", f.read())


def decode_qr_codes(pdf, tmp):
    """Every QR code zbarimg finds on the PDF's pages rendered at 300 dpi."""
    prefix = os.path.join(tmp, "page")
    subprocess.run(["pdftoppm", "-r", "300", "-png", pdf, prefix], check=True, timeout=300)
    found = []
    for name in sorted(os.listdir(tmp)):
        if name.startswith("page") and name.endswith(".png"):
            proc = subprocess.run(["zbarimg", "-q", "--raw", os.path.join(tmp, name)],
                                  capture_output=True, text=True, timeout=120)
            found += [line for line in proc.stdout.splitlines() if line]
    return found


def qr_svgs(doc):
    return [e for e in doc.iter("{http://www.w3.org/2000/svg}svg")
            if "qr" in (e.get("class") or "").split()]


class QrCodes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not shutil.which("zbarimg"):
            raise unittest.SkipTest("zbarimg is not installed (apt-get install zbar-tools)")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.hand = os.path.join(cls.tmp.name, "handouts")
        cls.book_html = os.path.join(cls.tmp.name, "book.html")
        proc = run_galley(pc.PRINT_BOOK, "-o", cls.book_html, "--handouts", cls.hand,
                          "-M", "handout-footer=Free to copy · example.org")
        if proc.returncode != 0:
            raise AssertionError("galley failed:\n" + proc.stderr)
        names = [n for n in sorted(os.listdir(cls.hand)) if "links" in n]
        cls.handout = os.path.join(cls.hand, names[0])
        cls.pdf = os.path.join(cls.tmp.name, "links.pdf")
        cls.warnings = pc.weasyprint(cls.handout, cls.pdf)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_fixture_has_three_external_links(self):
        self.assertEqual(len(set(source_urls())), 3)

    def test_codes_decode_to_the_link_urls(self):
        with tempfile.TemporaryDirectory() as pages:
            decoded = decode_qr_codes(self.pdf, pages)
        self.assertEqual(sorted(decoded), sorted(set(source_urls())))

    def test_no_stylesheet_warnings(self):
        self.assertNotIn("WARNING", self.warnings)

    def test_codes_are_vector(self):
        with open(self.handout, encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        svgs = qr_svgs(doc)
        self.assertEqual(len(svgs), 3)
        for svg in svgs:
            self.assertTrue(svg.find("{http://www.w3.org/2000/svg}path").get("d").startswith("M"))
        # Drawn as vectors: pdfimages lists no raster image in the PDF.
        images = subprocess.run(["pdfimages", "-list", self.pdf], capture_output=True,
                                text=True, check=True).stdout.splitlines()[2:]
        self.assertEqual(images, [], "QR codes are drawn as vectors, not images")

    def test_book_has_none_by_default_and_qr_links_adds_them(self):
        with open(self.book_html, encoding="utf-8") as f:
            self.assertEqual(qr_svgs(pc.parse_html5(f.read())), [])
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "b.html")
            self.assertEqual(run_galley(pc.PRINT_BOOK, "--qr", "links", "-o", out).returncode, 0)
            with open(out, encoding="utf-8") as f:
                self.assertEqual(len(qr_svgs(pc.parse_html5(f.read()))), 3)
            hand = os.path.join(tmp, "h")
            run_galley(pc.PRINT_BOOK, "--qr", "none", "-o", out, "--handouts", hand)
            for name in os.listdir(hand):
                with open(os.path.join(hand, name), encoding="utf-8") as f:
                    self.assertEqual(qr_svgs(pc.parse_html5(f.read())), [], name)
            proc = run_galley(pc.PRINT_BOOK, "--qr", "some", "-o", out)
            self.assertEqual(proc.returncode, 2)
            self.assertIn("--qr", proc.stderr)

    def test_handout_footer_on_every_page(self):
        pages = pc.pdf_text(self.pdf).split("\f")
        pages = [p for p in pages if p.strip()]
        self.assertGreaterEqual(len(pages), 2)
        for n, text in enumerate(pages, start=1):
            self.assertIn("Free to copy · example.org", text, f"page {n}")

    def test_paper_saver_is_denser(self):
        with tempfile.TemporaryDirectory() as tmp:
            normal = os.path.join(tmp, "normal.pdf")
            saver = os.path.join(tmp, "saver.pdf")
            self.assertEqual(run_galley(pc.PRINT_BOOK, "-o", normal).returncode, 0)
            self.assertEqual(run_galley(pc.PRINT_BOOK, "--paper-saver", "-o", saver).returncode, 0)
            # The same text in the same order, wherever the lines now break.
            self.assertEqual(pc.normalize(pc.pdf_text(saver)), pc.normalize(pc.pdf_text(normal)))
            # Each article starts a page, so compare the type: a wider text
            # column (smaller margins) and lines closer together.
            def column_and_leading(pdf):
                words = [w for p in pc.pages_with_boxes(pdf)[2:] for w in p.words]
                width = max(w[2] for w in words) - min(w[0] for w in words)
                # Leading: the most common distance between the bottoms of
                # consecutive body lines on a page.
                gaps = collections.Counter()
                for p in pc.pages_with_boxes(pdf)[2:]:
                    bottoms = sorted({round(w[3]) for w in p.words})
                    gaps.update(b - a for a, b in zip(bottoms, bottoms[1:]))
                return width, gaps.most_common(1)[0][0]
            normal_width, normal_leading = column_and_leading(normal)
            saver_width, saver_leading = column_and_leading(saver)
            self.assertGreater(saver_width, normal_width + 30 * pc.MM)
            self.assertLess(saver_leading, normal_leading)


if __name__ == "__main__":
    unittest.main()
