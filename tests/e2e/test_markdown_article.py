"""A Markdown article with front matter and sections, next to a plain-text
article: its sections reach the contents (nav and NCX) at the chosen depth,
its front matter sets its metadata, and the book passes epubcheck."""

import os
import tempfile
import unittest

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

FIXTURE = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "markdown", "article")
ARTICLE = os.path.join(FIXTURE, "02_article.md")


def toc_entries(epub):
    """(chapter title, [section labels]) from nav.xhtml, and the NCX's labels."""
    nav = epub.xml(os.path.join(epub.base, "nav.xhtml"))
    toc = [n for n in nav.iter("{%s}nav" % NS["xhtml"])
           if n.get("{%s}type" % NS["epub"]) == "toc"][0]
    chapters = []
    for li in toc.find("xhtml:ol", NS).findall("xhtml:li", NS):
        title = text_of(li.find("xhtml:a", NS))
        sub = li.find("xhtml:ol", NS)
        sections = [text_of(a) for a in sub.iter("{%s}a" % NS["xhtml"])] if sub is not None else []
        chapters.append((title, sections))
    ncx = epub.xml(os.path.join(epub.base, "toc.ncx"))
    labels = [text_of(p.find("ncx:navLabel/ncx:text", NS)) for p in ncx.iter("{%s}navPoint" % NS["ncx"])]
    return chapters, labels


class MarkdownArticle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.default = os.path.join(cls.tmp.name, "default.epub")
        cls.deep = os.path.join(cls.tmp.name, "deep.epub")
        cls.proc = run_galley(FIXTURE, "-o", cls.default)
        cls.proc3 = run_galley(FIXTURE, "-o", cls.deep, "--toc-depth", "3")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_builds(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertEqual(self.proc3.returncode, 0, self.proc3.stderr)

    def test_epubcheck_clean(self):
        # The deeper contents hold everything the default one does.
        self.assertEqual(self.proc3.returncode, 0, self.proc3.stderr)
        assert_epubcheck_clean(self, self.deep)

    def test_sections_in_contents_at_default_depth(self):
        chapters, ncx = toc_entries(Epub(self.default))
        self.assertEqual(chapters, [
            ("A plain-text opening", []),
            ("Notes from the Field", ["First section", "Second section with a link"]),
            ("Credits", []),  # the front-matter credit makes a Credits page
        ])
        self.assertEqual(ncx, ["A plain-text opening", "Notes from the Field", "First section",
                               "Second section with a link", "Credits"])

    def test_toc_depth_three_adds_subsections(self):
        chapters, ncx = toc_entries(Epub(self.deep))
        self.assertEqual(chapters[1], ("Notes from the Field",
                                       ["First section", "A subsection", "Second section with a link"]))
        self.assertIn("A subsection", ncx)
        self.assertNotIn("Too deep for the contents", ncx)

    def test_contents_links_reach_the_headings(self):
        epub = Epub(self.deep)
        nav_path = os.path.join(epub.base, "nav.xhtml")
        nav = epub.xml(nav_path)
        for a in nav.iter("{%s}a" % NS["xhtml"]):
            href = a.get("href")
            if "#" not in href or href.startswith("#"):
                continue
            doc = epub.xml(epub.resolve(href, nav_path))
            fragment = href.split("#", 1)[1]
            target = [e for e in doc.iter() if e.get("id") == fragment]
            self.assertEqual(len(target), 1, href)
            # The id sits on the <section> a heading opens (issue 7).
            heading = target[0]
            if heading.tag.endswith("section"):
                heading = next(iter(heading))
            self.assertEqual(text_of(heading).strip(), text_of(a))

    def test_front_matter_sets_title_and_language(self):
        epub = Epub(self.default)
        docs = epub.chapters()
        self.assertEqual(len(docs), 2)
        doc = epub.xml(docs[1])
        self.assertEqual(doc.get("{http://www.w3.org/XML/1998/namespace}lang"), "de")
        h1 = doc.findall(".//xhtml:h1", NS)
        self.assertEqual([text_of(h) for h in h1], ["Notes from the Field"])  # not repeated
        # strip(): the printer indents the closing tag after inline markup
        h2 = [text_of(h).strip() for h in doc.iter("{%s}h2" % NS["xhtml"])]
        # The empty `##` at the end is dropped (with a warning), never an
        # empty heading.
        self.assertEqual(h2, ["First section", "Second section with a link"])
        self.assertEqual(epub.xml(docs[0]).get("{http://www.w3.org/XML/1998/namespace}lang"), "en")

    def test_local_image_is_embedded_and_credited(self):
        epub = Epub(self.default)
        chapter = epub.chapters()[1]
        images = list(epub.xml(chapter).iter("{%s}img" % NS["xhtml"]))
        self.assertEqual(len(images), 1)
        self.assertEqual(images[0].get("alt"), "Boats at the quay at dawn")
        target = epub.resolve(images[0].get("src"), chapter)
        with open(os.path.join(FIXTURE, "pictures", "field photo.jpg"), "rb") as f:
            self.assertEqual(epub.read(target), f.read())
        item = [i for i in epub.manifest().values() if epub.resolve(i.get("href")) == target]
        self.assertEqual([i.get("media-type") for i in item], ["image/jpeg"])
        self.assertNotIn("has no credit", self.proc.stderr)

    def test_front_matter_credits_reach_the_credits_page(self):
        epub = Epub(self.default)
        pages = [d for d in epub.spine_documents()
                 if any((s.get("class") or "").split().count("credits")
                        for s in epub.xml(d).iter("{%s}section" % NS["xhtml"]))]
        self.assertEqual(len(pages), 1)
        items = [text_of(li) for li in epub.xml(pages[0]).iter("{%s}li" % NS["xhtml"])]
        self.assertTrue(any("Photo by Somebody" in t for t in items), items)
        self.assertTrue(any("Boats at the quay" in t and "Harry Harbour" in t for t in items), items)
        deeds = [a.get("href") for a in epub.xml(pages[0]).iter("{%s}a" % NS["xhtml"])]
        self.assertIn("https://creativecommons.org/licenses/by/4.0/", deeds)

    def test_malformed_front_matter_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.md")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("---\ntitle: fine\nauthor: [never closed\n---\n\nBody\n")
            out = os.path.join(tmp, "bad.epub")
            proc = run_galley(bad, "-o", out)
            self.assertEqual(proc.returncode, 1, proc.stderr)
            self.assertRegex(proc.stderr, r"bad\.md:[345]: error: invalid YAML front matter")
            self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main()
