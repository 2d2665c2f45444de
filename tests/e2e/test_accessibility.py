"""DAISY Ace on the books we ship and test: no critical or serious
violation, and the EPUB Accessibility metadata Ace looks for is present.

Books: the seed, a two-article book with nested sections, a Persian book,
a mixed English/Persian book, and two image books (with and without alt
text). The image books are built from the model by make_fixture_books,
which adds the image file itself: this branch's writer does not embed
images yet (the metadata rules are also unit-tested in
tests/unit/write/epub/test_accessibility.cpp).

Skips, naming the reason, when Ace is not installed (scripts/setup-ace.sh);
set GALLEY_REQUIRE_ACE=1 to make that a failure instead."""

import os
import re
import tempfile
import unittest
import zipfile

import ace
from galley_e2e import NS, SEEDS, SOURCE_DIR, Epub, assert_epubcheck_clean, make_fixture_books, run_galley

BOOKS = os.path.join(SOURCE_DIR, "tests", "e2e", "books")
REQUIRED = {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
            "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:conformsTo"}


class AceReports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        reason = ace.missing_reason()
        if reason and os.environ.get("GALLEY_REQUIRE_ACE"):
            raise AssertionError(reason)
        if reason:
            raise unittest.SkipTest(reason)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.books = {}
        for name, args in [("seed", [SEEDS]),
                           ("sections", [os.path.join(BOOKS, "sections"), "--toc-depth", "3"]),
                           ("persian", [os.path.join(BOOKS, "persian")])]:
            path = os.path.join(cls.tmp.name, name + ".epub")
            proc = run_galley(*args, "-o", path)
            if proc.returncode != 0:
                raise AssertionError(f"galley failed on {name}:\n{proc.stderr}")
            cls.books[name] = path
        cls.books.update(make_fixture_books(cls.tmp.name))
        cls.reports = {name: ace.run_ace(path) for name, path in cls.books.items()}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check(self, name, chapters):
        report = self.reports[name]
        bad = ace.violations(report)
        self.assertEqual(bad, [], f"Ace on {name}:\n" + "\n".join(map(str, bad)))
        self.assertEqual(report["earl:result"]["earl:outcome"], "pass")
        present = set(report["a11y-metadata"]["present"])
        self.assertTrue(REQUIRED <= present, REQUIRED - present)
        # Ace checked every content document, not just the package.
        urls = {doc["earl:testSubject"]["url"] for doc in report["assertions"]}
        for n in range(1, chapters + 1):
            self.assertIn(f"text/ch{n:03}.xhtml", urls)

    def test_seed(self):
        self.check("seed", 1)

    def test_sections(self):
        self.check("sections", 2)

    def test_persian(self):
        self.check("persian", 1)

    def test_mixed(self):
        self.check("mixed", 2)

    def test_images_with_alt_text(self):
        self.check("images", 1)
        # The generated cover (its alt text names the book) is not the article's.
        images = [i for i in self.reports["images"]["data"]["images"]
                  if not i["alt"].startswith("Cover: ")]
        self.assertEqual(len(images), 2)  # inline and in a figure
        self.assertEqual({i["alt"] for i in images}, {"A red square standing for the harbour wall"})
        self.assertEqual([i.get("figcaption") for i in images], [None, "The harbour wall, drawn as a square."])

    def test_images_without_alt_text_claim_no_conformance(self):
        """alt="" reads as decorative, which Ace accepts; our metadata does
        not claim conformance, and Ace sees the claim missing."""
        report = self.reports["images-no-alt"]
        self.assertEqual(ace.violations(report), [])
        self.assertIn("dcterms:conformsTo", report["a11y-metadata"]["missing"])
        self.assertEqual({i["alt"] for i in report["data"]["images"] if not i["alt"].startswith("Cover: ")},
                         {""})

    def test_ace_reports_what_we_prevent(self):
        """The checker is live: the seed book with its accessibility metadata
        and its chapter's language removed fails with serious violations."""
        broken = os.path.join(self.tmp.name, "broken.epub")
        with zipfile.ZipFile(self.books["seed"]) as src, zipfile.ZipFile(broken, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename.endswith(".opf"):
                    data = re.sub(rb'\s*<meta property="(schema:|dcterms:conformsTo)[^<]*</meta>', b"", data)
                if info.filename.endswith("ch001.xhtml"):
                    data = re.sub(rb' (xml:)?lang="en"', b"", data)
                dst.writestr(info, data)
        rules = {(rule, impact) for _, rule, impact, _ in ace.violations(ace.run_ace(broken))}
        self.assertIn(("metadata-accessmode", "serious"), rules)
        self.assertIn(("html-has-lang", "serious"), rules)


class ImageBookMetadata(unittest.TestCase):
    """The image books through epubcheck, and their package metadata (no Ace
    needed)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.books = make_fixture_books(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def meta(self, name):
        epub = Epub(self.books[name])
        out = {}
        for m in epub.opf.iter("{%s}meta" % NS["opf"]):
            if m.get("property"):
                out.setdefault(m.get("property"), []).append(m.text)
        return out

    def test_epubcheck_zero_errors_zero_warnings(self):
        for name in ("images", "images-no-alt"):
            with self.subTest(name):
                assert_epubcheck_clean(self, self.books[name])

    def test_with_alt(self):
        m = self.meta("images")
        self.assertEqual(m["schema:accessMode"], ["textual", "visual"])
        self.assertEqual(m["schema:accessModeSufficient"], ["textual", "textual,visual"])
        self.assertIn("alternativeText", m["schema:accessibilityFeature"])
        self.assertEqual(m["dcterms:conformsTo"], ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"])

    def test_without_alt(self):
        m = self.meta("images-no-alt")
        self.assertEqual(m["schema:accessMode"], ["textual", "visual"])
        self.assertEqual(m["schema:accessModeSufficient"], ["textual,visual"])
        self.assertNotIn("alternativeText", m["schema:accessibilityFeature"])
        self.assertNotIn("dcterms:conformsTo", m)


if __name__ == "__main__":
    unittest.main()
