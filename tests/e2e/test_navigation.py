"""A two-article Markdown book with nested sections: epubcheck clean, the
contents (nav.xhtml and toc.ncx) nest sections under their articles, every
link lands on the section that opens with its heading, and the title page
and landmarks are there (or not, with --no-title-page)."""

import os
import tempfile
import unittest

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "books", "sections")
XHTML = "{%s}" % NS["xhtml"]
EPUB_TYPE = "{%s}type" % NS["epub"]


def tree(ol):
    """The nested list as [(label, [children...]), ...]."""
    out = []
    for li in ol.findall("xhtml:li", NS):
        sub = li.find("xhtml:ol", NS)
        out.append((text_of(li.find("xhtml:a", NS)), tree(sub) if sub is not None else []))
    return out


def ncx_tree(parent):
    out = []
    for point in parent.findall("ncx:navPoint", NS):
        label = text_of(point.find("ncx:navLabel/ncx:text", NS))
        out.append((label, ncx_tree(point)))
    return out


EXPECTED = [
    ("The library in the mountains", [
        ("Background", [("The building", []), ("The collection", [])]),
        ("Readers", []),
    ]),
    ("The library by the harbour", [
        ("Background", [("Volunteers", [])]),
        ("What comes next", []),
    ]),
]


class SectionsBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "sections.epub")
        cls.proc = run_galley(BOOK, "--toc-depth", "3", "-o", cls.path)
        cls.plain = os.path.join(cls.tmp.name, "plain.epub")
        cls.plain_proc = run_galley(BOOK, "--no-title-page", "-o", cls.plain)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.epub = Epub(self.path)
        self.nav_path = self.epub.resolve(
            [i for i in self.epub.manifest().values() if i.get("properties") == "nav"][0].get("href"))
        self.nav = self.epub.xml(self.nav_path)

    def toc(self):
        return [n for n in self.nav.iter(XHTML + "nav") if n.get(EPUB_TYPE) == "toc"][0]

    def test_epubcheck_zero_errors_zero_warnings(self):
        assert_epubcheck_clean(self, self.path)
        self.assertEqual(self.plain_proc.returncode, 0, self.plain_proc.stderr)
        assert_epubcheck_clean(self, self.plain)

    def test_contents_nest_sections_to_the_toc_depth(self):
        # The level-4 heading is below --toc-depth 3: not listed.
        self.assertEqual(tree(self.toc().find("xhtml:ol", NS)), EXPECTED)

    def test_ncx_mirrors_the_contents(self):
        ncx_path = self.epub.resolve(self.epub.manifest()["ncx"].get("href"))
        ncx = self.epub.xml(ncx_path)
        self.assertEqual(ncx_tree(ncx.find("ncx:navMap", NS)), EXPECTED)
        nav_targets = [self.epub.resolve(a.get("href"), self.nav_path) + "#" + a.get("href").partition("#")[2]
                       for a in self.toc().iter(XHTML + "a")]
        ncx_targets = [self.epub.resolve(c.get("src"), ncx_path) + "#" + c.get("src").partition("#")[2]
                       for c in ncx.iter("{%s}content" % NS["ncx"])]
        self.assertEqual(nav_targets, ncx_targets)

    def test_links_land_on_sections_with_distinct_ids(self):
        fragments = []
        for a in self.toc().iter(XHTML + "a"):
            href = a.get("href")
            doc = self.epub.xml(self.epub.resolve(href, self.nav_path))
            path, _, fragment = href.partition("#")
            if not fragment:
                h1 = list(doc.iter(XHTML + "h1"))
                self.assertEqual([text_of(h) for h in h1], [text_of(a)])
                continue
            fragments.append(fragment)
            targets = [e for e in doc.iter() if e.get("id") == fragment]
            self.assertEqual(len(targets), 1, href)
            self.assertEqual(targets[0].tag, XHTML + "section")
            heading = list(targets[0])[0]
            self.assertRegex(heading.tag, r"h[2-6]$")
            self.assertEqual(text_of(heading), text_of(a))
        # Both articles have a "Background" section.
        self.assertEqual(len(fragments), len(set(fragments)))
        self.assertIn("ch001-background", fragments)
        self.assertIn("ch002-background", fragments)

    def test_chapters_have_semantics_and_one_h1(self):
        chapters = self.epub.chapters()
        self.assertEqual(len(chapters), 2)
        for path in chapters:
            doc = self.epub.xml(path)
            article = doc.find(".//xhtml:body/xhtml:section", NS)
            self.assertEqual(article.get(EPUB_TYPE), "chapter")
            self.assertEqual(article.get("role"), "doc-chapter")
            self.assertEqual(len(list(doc.iter(XHTML + "h1"))), 1)
        # The source skips from ## to ####: rendered in order, h2 then h3.
        doc = self.epub.xml(chapters[0])
        ranks = [e.tag[-2:] for e in doc.iter() if e.tag[-2:-1] == "h" and e.tag[-1].isdigit()]
        self.assertEqual(ranks, ["h1", "h2", "h3", "h3", "h2", "h3"])

    def test_title_page_and_landmarks(self):
        cover, first = self.epub.spine_documents()[:2]
        self.assertEqual(self.epub.xml(cover).find(".//xhtml:section", NS).get(EPUB_TYPE), "cover")
        page = self.epub.xml(first)
        section = page.find(".//xhtml:section", NS)
        self.assertEqual(section.get(EPUB_TYPE), "titlepage")
        by_class = {p.get("class"): text_of(p) for p in section.iter(XHTML + "p")}
        self.assertEqual(text_of(section.find("xhtml:h1", NS)), "Field notes on small libraries")
        self.assertEqual(by_class, {"subtitle": "Two reports", "author": "Ann Author",
                                    "editor": "Edited by Ed Itor", "publisher": "Galley test books",
                                    "date": "1 May 2024", "rights": "CC BY 4.0"})
        landmarks = [n for n in self.nav.iter(XHTML + "nav") if n.get(EPUB_TYPE) == "landmarks"][0]
        marks = {a.get(EPUB_TYPE): a.get("href") for a in landmarks.iter(XHTML + "a")}
        self.assertEqual(set(marks), {"toc", "cover", "titlepage", "bodymatter"})
        self.assertEqual(self.epub.resolve(marks["titlepage"], self.nav_path), first)
        self.assertEqual(self.epub.resolve(marks["bodymatter"], self.nav_path), self.epub.chapters()[0])

    def test_no_title_page(self):
        plain = Epub(self.plain)
        self.assertEqual(plain.spine_documents()[1:], plain.chapters())  # the cover, then articles
        self.assertNotIn("titlepage", plain.manifest())


if __name__ == "__main__":
    unittest.main()
