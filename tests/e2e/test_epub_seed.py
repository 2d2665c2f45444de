"""The seed book through the real validator, and its content read back."""

import os
import re
import tempfile
import unittest

from galley_e2e import NS, SEEDS, Epub, assert_epubcheck_clean, run_galley, text_of

SEED_TEXT = os.path.join(SEEDS, "iran-1988-massacre.txt")


class SeedEpub(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "seed.epub")
        cls.proc = run_galley(SEEDS, "-o", cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_builds(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)

    def test_epubcheck_zero_errors_zero_warnings(self):
        counts = assert_epubcheck_clean(self, self.path)
        self.assertEqual(counts.get("FATAL", 0) + counts.get("ERROR", 0) + counts.get("WARNING", 0), 0)

    def test_one_chapter_titled_by_first_line(self):
        with open(SEED_TEXT, encoding="utf-8") as f:
            first_line = next(line.strip() for line in f if line.strip())
        epub = Epub(self.path)
        docs = epub.chapters()
        self.assertEqual(len(docs), 1)
        # Cover, then title page in the reading order, then the article, then credits.
        self.assertEqual(epub.spine_documents()[2:3], docs)
        doc = epub.xml(docs[0])
        h1 = doc.findall(".//xhtml:h1", NS)
        self.assertEqual(len(h1), 1)
        # Typography may curl the apostrophe; compare with straight quotes.
        self.assertEqual(text_of(h1[0]).replace("\u2019", "'"), first_line)
        self.assertEqual(len(epub.metadata("dc:title")), 1)
        self.assertEqual(epub.metadata("dc:language"), ["en"])

    def test_required_package_metadata(self):
        epub = Epub(self.path)
        ident = epub.metadata("dc:identifier")
        self.assertEqual(len(ident), 1)
        self.assertRegex(ident[0], r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        modified = [m.text for m in epub.opf.iter("{%s}meta" % NS["opf"])
                    if m.get("property") == "dcterms:modified"]
        self.assertEqual(len(modified), 1)
        self.assertRegex(modified[0], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

    def test_navigation_links_resolve(self):
        epub = Epub(self.path)
        names = set(epub.names())
        nav_item = [i for i in epub.manifest().values() if "nav" in (i.get("properties") or "").split()]
        self.assertEqual(len(nav_item), 1)
        nav_path = epub.resolve(nav_item[0].get("href"))
        nav = epub.xml(nav_path)
        toc = [n for n in nav.iter("{%s}nav" % NS["xhtml"]) if n.get("{%s}type" % NS["epub"]) == "toc"]
        self.assertEqual(len(toc), 1)
        links = toc[0].findall(".//xhtml:a", NS)
        self.assertGreaterEqual(len(links), 1)
        for a in links:
            self.assertIn(epub.resolve(a.get("href"), nav_path), names)
        ncx = epub.xml(epub.resolve(epub.manifest()["ncx"].get("href")))
        for content in ncx.iter("{%s}content" % NS["ncx"]):
            self.assertIn(epub.resolve(content.get("src"), epub.resolve(epub.manifest()["ncx"].get("href"))),
                          names)

    def test_mimetype_first_and_stored(self):
        epub = Epub(self.path)
        first = epub.zip.infolist()[0]
        self.assertEqual(first.filename, "mimetype")
        self.assertEqual(first.compress_type, 0)
        self.assertEqual(epub.read("mimetype"), b"application/epub+zip")

    def test_words_of_the_body_are_kept_in_order(self):
        """Every word of the source body appears in the chapter, in order
        (typography may change quotes and dashes, never words)."""
        epub = Epub(self.path)
        chapter_text = text_of(epub.xml(epub.chapters()[0]).find(".//xhtml:body", NS))

        def words(s):
            s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            return re.findall(r"[A-Za-z0-9]+", s)

        with open(SEED_TEXT, encoding="utf-8") as f:
            source = f.read()
        # List markers ("1. ") become the numbers of an <ol>: not words of the text.
        source = re.sub(r"(?m)^\s*\d{1,3}[.)]\s", "", source)
        out_words = words(chapter_text)
        position = 0
        for w in words(source.split("Image credit")[0]):
            try:
                position = out_words.index(w, position) + 1
            except ValueError:
                self.fail(f"word {w!r} missing or out of order")

    def test_credit_line_on_the_credits_page(self):
        """The seed's scraped credit line leaves the body and shows, parsed,
        on the Credits page with the licence linked to its deed."""
        epub = Epub(self.path)
        body = text_of(epub.xml(epub.chapters()[0]).find(".//xhtml:body", NS))
        self.assertNotIn("Image credit", body)
        pages = [d for d in epub.spine_documents()
                 if any("credits" in (s.get("class") or "").split()
                        for s in epub.xml(d).iter("{%s}section" % NS["xhtml"]))]
        self.assertEqual(len(pages), 1)
        page = epub.xml(pages[0])
        items = [" ".join(text_of(li).split()) for li in page.iter("{%s}li" % NS["xhtml"])]
        self.assertEqual(len(items), 1, items)
        self.assertIn("Philafrenzy via Wikimedia Commons, CC BY-SA 4.0", items[0])
        deeds = [(a.get("href"), text_of(a)) for a in page.iter("{%s}a" % NS["xhtml"])]
        self.assertIn(("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0"), deeds)


if __name__ == "__main__":
    unittest.main()
