"""Saved web pages as input: the article is extracted from each page (chrome,
comments, related boxes, menus and footers dropped), lazy images resolve to
their real source, a page saved with its _files/ folder has its image
embedded and credited, a Persian page stays right-to-left, broken markup and
a 5 MB inline script do not hurt, and a page of links keeps its links. The
blocks kept are asserted exactly, no chrome text reaches the EPUB, and the
book passes epubcheck."""

import os
import shutil
import tempfile
import time
import unittest

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

FIXTURES = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "web")
XHTML = "{%s}" % NS["xhtml"]

# Text of the page's chrome: none of it may reach the book.
CHROME = [
    "cookies", "Weather", "Related stories", "Storm damage", "Comments (2)", "About time too",
    "Share on Social", "Email this story", "Copyright The Coastal Courier",
    "Archives", "Subscribe to the newsletter", "thoughts on this post", "Lovely walk", "Share this",
    "خبرها", "همه‌ی حقوق محفوظ است",
    "Club home", "Events calendar", "Unsubscribe", "Boat sales", "Regatta results",
    "MAGIC_SCRIPT_TEXT", "Sidebar of the broken page",
]


def broken_page(path):
    """Unclosed tags, a <p> inside a <span>, a table never closed and a 5 MB inline script."""
    script = "var MAGIC_SCRIPT_TEXT = '" + "x" * (5 * 1024 * 1024) + "';"
    with open(path, "w", encoding="utf-8") as f:
        f.write("<html><head><title>A page with broken markup</title>"
                "<script>" + script + "</script></head><body>"
                "<div class='sidebar'><p>Sidebar of the broken page, with links and more links.</div>"
                "<div class='article-body'>"
                "<p>The first paragraph is never closed, and it runs on for a good while, "
                "long enough to count as the article's own text in any fair reading"
                "<p>The second one has <b>bold text that is <i>never closed, either"
                "<span><p>A paragraph inside a span, which HTML does not allow, but pages do anyway, "
                "and a browser shows it as a paragraph of its own.</p></span>"
                "<table><tr><td>An unclosed table cell holding a sentence of the article, "
                "long enough to be read as text rather than layout."
                "</body>")


def chapter_blocks(epub, path):
    """(tag, text) of each block of a chapter's article, in order; the article's
    header (title, byline, date, origin) and the paragraphs holding a figure's
    image or a quotation's text are left out."""
    doc = epub.xml(path)
    inner = set()
    for el in doc.iter():
        if el.tag == XHTML + "header":
            inner.update(el.iter())
        if el.tag in (XHTML + "figure", XHTML + "blockquote", XHTML + "li"):
            inner.update(p for p in el.iter(XHTML + "p"))
    out = []
    for el in doc.iter():
        if el in inner:
            continue
        tag = el.tag.replace(XHTML, "")
        if tag in ("p", "h2", "h3", "li", "figcaption", "blockquote"):
            out.append((tag, " ".join(text_of(el).split())))
    return out


class WebPages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        pages = os.path.join(cls.tmp.name, "pages")
        shutil.copytree(FIXTURES, pages)
        broken_page(os.path.join(pages, "broken.html"))
        cls.pages = pages
        cls.order = ["news.html", "blog.html", "persian.html", "broken.html", "links.html"]
        cls.book = os.path.join(cls.tmp.name, "web.epub")
        start = time.monotonic()
        cls.proc = run_galley(*[os.path.join(pages, p) for p in cls.order], "-o", cls.book,
                              "-M", "title=Web pages", env={"SOURCE_DATE_EPOCH": "0"})
        cls.seconds = time.monotonic() - start
        cls.inspect = run_galley("--inspect", *[os.path.join(pages, p) for p in cls.order])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.epub = Epub(self.book)
        self.chapters = self.epub.chapters()
        self.assertEqual(len(self.chapters), 5)

    def blocks(self, i):
        return chapter_blocks(self.epub, self.chapters[i])

    def test_epubcheck_clean(self):
        assert_epubcheck_clean(self, self.book)

    def test_no_chrome_in_the_book(self):
        for name in self.epub.names():
            if not name.endswith(".xhtml"):
                continue
            text = self.epub.read(name).decode("utf-8")
            for chrome in CHROME:
                self.assertNotIn(chrome, text, f"{chrome!r} reached {name}")

    def test_news_page_blocks_and_lazy_images(self):
        blocks = self.blocks(0)
        self.assertEqual([t for t, _ in blocks], ["p", "figcaption", "p", "p", "p", "p"])
        self.assertTrue(blocks[0][1].startswith("The council voted on Tuesday"))
        self.assertEqual(blocks[1][1], "The breached wall at low tide.")
        self.assertTrue(blocks[2][1].startswith("Work will begin in April"))
        self.assertTrue(blocks[3][1].startswith("Residents welcomed the decision"))
        self.assertEqual(blocks[4][1], "Masons at work")
        self.assertTrue(blocks[5][1].startswith("The cost, estimated at four million pounds"))
        doc = self.epub.xml(self.chapters[0])
        in_header = {a for h in doc.iter(XHTML + "header") for a in h.iter(XHTML + "a")}
        hrefs = [a.get("href") for a in doc.iter(XHTML + "a") if a not in in_header]
        # (The header links the page's canonical URL.) The lazy images' real sources (data-src; srcset's widest), once each, never the placeholders.
        self.assertEqual(hrefs, ["https://cdn.courier.example/img/harbour-wall-1600.jpg",
                                 "https://cdn.courier.example/img/masons-1600.jpg"])
        self.assertIn("remote image not fetched", self.proc.stderr)

    def test_blog_saved_with_its_files_folder(self):
        # The table and the footnote follow (the unit tests check them in the model).
        blocks = self.blocks(1)[:6]
        self.assertEqual([t for t, _ in blocks], ["figcaption", "p", "h2", "p", "blockquote", "p"])
        self.assertEqual(blocks[0][1], "Jane Roe via Harbour Archive")  # the caption's credit line
        self.assertIn("the café on the quay", blocks[1][1])  # Windows-1252, as declared
        self.assertEqual(blocks[2][1], "The first ten miles")
        self.assertIn("keeper’s cottage", blocks[5][1])
        images = [i for i in self.epub.manifest().values() if i.get("media-type") == "image/jpeg"]
        self.assertEqual(len(images), 1)
        with open(os.path.join(self.pages, "blog_files", "harbour.jpg"), "rb") as f:
            self.assertEqual(self.epub.read(self.epub.resolve(images[0].get("href"))), f.read())

    def test_persian_page_stays_right_to_left(self):
        doc = self.epub.xml(self.chapters[2])
        self.assertEqual(doc.get("lang"), "fa")
        self.assertEqual(doc.get("dir"), "rtl")
        blocks = self.blocks(2)
        self.assertEqual([t for t, _ in blocks], ["p", "p", "p"])
        self.assertTrue(blocks[0][1].startswith("کتابخانه‌ی مرکزی شهر"))

    def test_broken_markup_and_huge_script(self):
        blocks = self.blocks(3)
        self.assertEqual([t for t, _ in blocks], ["p", "p", "p", "p"])
        texts = [t for _, t in blocks]
        self.assertEqual(texts[0], "The first paragraph is never closed, and it runs on for a good "
                                   "while, long enough to count as the article’s own text in any fair reading")
        self.assertEqual(texts[1], "The second one has bold text that is never closed, either")
        self.assertEqual(texts[2], "A paragraph inside a span, which HTML does not allow, but pages do "
                                   "anyway, and a browser shows it as a paragraph of its own.")
        self.assertEqual(texts[3], "An unclosed table cell holding a sentence of the article, long "
                                   "enough to be read as text rather than layout.")
        self.assertLess(os.path.getsize(self.book), 200_000)  # the script stayed out
        self.assertLess(self.seconds, 60)

    def test_page_of_links_keeps_its_links(self):
        blocks = self.blocks(4)
        self.assertEqual(blocks[0], ("p", "A short list of places worth knowing, gathered by the "
                                          "club over the years."))
        self.assertEqual([t for t, _ in blocks], ["p"] + ["li"] * 8)  # the link bar below them went
        items = [t for tag, t in blocks if tag == "li"]
        self.assertEqual(items[0], "Tide tables for the whole coast")
        self.assertEqual(items[7], "Marine radio channels")
        doc = self.epub.xml(self.chapters[4])
        in_header = {a for h in doc.iter(XHTML + "header") for a in h.iter(XHTML + "a")}
        hrefs = [a.get("href") for a in doc.iter(XHTML + "a") if a not in in_header]
        self.assertEqual(len(hrefs), 8)
        self.assertEqual(hrefs[0], "https://tides.example/")

    def dropped(self, page):
        """(reason, excerpt) of each block --inspect says extraction dropped from `page`."""
        out, current = [], None
        for line in self.inspect.stdout.splitlines():
            if not line.startswith(" "):
                current = os.path.basename(line.strip())
            elif current == page and line.startswith("  dropped (line "):
                reason, excerpt = line.split(", ", 1)[1].split("): ", 1)
                out.append((reason, excerpt))
        return out

    def test_each_page_drops_exactly_its_chrome(self):
        expected = {
            "news.html": [("class/id 'header'", "Home News Sport Weather We use cookies"),
                          ("class/id 'related'", "Related stories"),
                          ("class/id 'comment'", "Comments (2) About time too!"),
                          ("class/id 'footer'", "Copyright The Coastal Courier."),
                          ("outside the article", "Share on Social Email this story")],
            "blog.html": [("class/id 'sidebar'", "Archives"),
                          ("class/id 'comment'", "3 thoughts on this post"),
                          ("outside the article", "Share this")],
            "persian.html": [("<nav>", "خانه خبرها درباره‌ی ما"),
                             ("class/id 'footer'", "همه‌ی حقوق محفوظ است.")],
            "broken.html": [("class/id 'sidebar'", "Sidebar of the broken page")],
            "links.html": [("<nav>", "Club home Join the club Events calendar"),
                           ("outside the article", "Sailing Club newsletter."),
                           ("link bar", "Harbour news | Boat sales | Crew wanted | Regatta results")],
        }
        for page, blocks in expected.items():
            got = self.dropped(page)
            self.assertEqual([r for r, _ in got], [r for r, _ in blocks], page)
            for (_, excerpt), (_, start) in zip(got, blocks):
                self.assertTrue(excerpt.startswith(start), f"{page}: {excerpt!r}")

    def test_inspect_names_container_fields_and_dropped_blocks(self):
        self.assertEqual(self.inspect.returncode, 0, self.inspect.stderr)
        out = self.inspect.stdout
        self.assertIn("  title rule: JSON-LD headline", out)
        self.assertIn("  byline (JSON-LD author): Mira Castell", out)
        self.assertIn("  date (JSON-LD datePublished): 2024-03-02T08:30:00Z", out)
        self.assertIn("  container: div.story-body (line 29)", out)
        self.assertIn("  dropped (line 43, class/id 'comment'): Comments (2) About time too!", out)
        self.assertIn("  dropped (line 37, class/id 'related'): Related stories", out)
        self.assertIn("  byline (meta author): Sam Ortega", out)


if __name__ == "__main__":
    unittest.main()
