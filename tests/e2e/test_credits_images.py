"""A book with a cover image, lead images (credited and not), full metadata
and credits, through the real epubcheck; the package read back. Also
pandoc's EPUB metadata example and the refusals (paths leaving the input
folder, files that are not images)."""

import os
import xml.etree.ElementTree as ET
import shutil
import tempfile
import unittest

from galley_e2e import NS, SEEDS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

FIXTURES = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures")
BOOK = os.path.join(FIXTURES, "credits-book")
PANDOC_METADATA = os.path.join(FIXTURES, "pandoc-epub-metadata.yaml")
OPF = "{%s}" % NS["opf"]


def refinements(epub):
    """{(refines, property): [text, ...]} for every <meta property>."""
    out = {}
    for m in epub.opf.find("opf:metadata", NS).findall("opf:meta", NS):
        if m.get("property"):
            out.setdefault((m.get("refines"), m.get("property")), []).append(m.text)
    return out


def chapters(epub):
    """The spine documents holding an article (not the cover, title page or credits)."""
    return [d for d in epub.spine_documents()
            if epub.xml(d).find(".//xhtml:section[@class='article']", NS) is not None]


def by_id(epub, tag):
    return {e.get("id"): e.text for e in epub.opf.find("opf:metadata", NS).findall(tag, NS)}


class CreditsBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "book.epub")
        cls.proc = run_galley(BOOK, "-o", cls.path, env={"SOURCE_DATE_EPOCH": ""})
        cls.epub = Epub(cls.path) if cls.proc.returncode == 0 else None

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)

    def test_epubcheck_zero_errors_zero_warnings(self):
        assert_epubcheck_clean(self, self.path)

    def test_the_uncredited_image_is_the_only_warning(self):
        warnings = [line for line in self.proc.stderr.splitlines() if ": warning: " in line]
        self.assertEqual(len(warnings), 1, self.proc.stderr)
        self.assertTrue(warnings[0].startswith(os.path.join(BOOK, "02-notes.gif") + ": warning: image has no credit"),
                        warnings[0])

    def test_full_metadata_in_the_package(self):
        e = self.epub
        self.assertEqual(e.metadata("dc:title"), ["Harbour & Memory", "Pictures and their makers"])
        self.assertEqual(e.metadata("dc:language"), ["en-GB"])
        self.assertEqual(e.metadata("dc:identifier"), ["doi:10.1234/harbour.memory"])
        self.assertEqual(e.metadata("dc:date"), ["2020-08-05"])
        self.assertEqual(e.metadata("dc:publisher"), ["Galley Test Press"])
        self.assertEqual(e.metadata("dc:rights"), ["Text \u00a9 2020 Ann Author; images as credited"])
        self.assertEqual(e.metadata("dc:description"), ["A small book for testing credits, images and metadata."])
        self.assertEqual(e.metadata("dc:subject"), ["Photography", "Testing"])
        refs = refinements(e)
        creators = by_id(e, "dc:creator")
        self.assertEqual(list(creators.values()), ["Ann Author"])
        (cid,) = creators
        self.assertEqual(refs[("#" + cid, "role")], ["aut"])
        self.assertEqual(refs[("#" + cid, "file-as")], ["Author, Ann"])
        contributors = by_id(e, "dc:contributor")
        roles = {name: refs[("#" + i, "role")][0] for i, name in contributors.items()}
        self.assertEqual(roles, {"Ed Itor": "edt", "Tran Slator": "trl"})
        self.assertEqual(refs[("#pub-id", "identifier-type")], ["06"])
        collection = [m for m in e.opf.iter(OPF + "meta") if m.get("property") == "belongs-to-collection"]
        self.assertEqual([m.text for m in collection], ["Galley test books"])
        cref = "#" + collection[0].get("id")
        self.assertEqual(refs[(cref, "collection-type")], ["series"])
        self.assertEqual(refs[(cref, "group-position")], ["2"])
        self.assertEqual(e.opf.find("opf:spine", NS).get("page-progression-direction"), "ltr")
        self.assertEqual(refs[(None, "dcterms:modified")], ["2020-08-05T00:00:00Z"])

    def test_images_embedded_with_media_types_from_their_bytes(self):
        items = [i for i in self.epub.manifest().values() if i.get("media-type").startswith("image/")]
        types = sorted(i.get("media-type") for i in items)
        self.assertEqual(types, ["image/gif", "image/jpeg", "image/png", "image/svg+xml"])
        names = set(self.epub.names())
        for item in items:
            path = self.epub.resolve(item.get("href"))
            self.assertIn(path, names)
            with open(os.path.join(BOOK, {"image/gif": "02-notes.gif", "image/jpeg": "01-harbour.jpg",
                                          "image/png": "cover.jpg", "image/svg+xml": "03-memorial.svg"}
                                   [item.get("media-type")]), "rb") as f:
                original = f.read()
            if item.get("media-type") == "image/svg+xml":
                # SVG is parsed, cleaned and written anew: the same drawing.
                def shape(root):
                    return [(e.tag, e.attrib, (e.text or "").strip()) for e in root.iter()]
                self.assertEqual(shape(self.epub.xml(path)), shape(ET.fromstring(original)))
            else:
                self.assertEqual(self.epub.read(path), original)

    def test_cover_image_given_marked_and_first(self):
        manifest = self.epub.manifest()
        covers = [i for i in manifest.values() if "cover-image" in (i.get("properties") or "").split()]
        self.assertEqual(len(covers), 1)
        # cover.jpg holds PNG bytes: the type comes from the bytes.
        self.assertEqual(covers[0].get("media-type"), "image/png")
        self.assertTrue(covers[0].get("href").endswith(".png"))
        first = self.epub.spine_documents()[0]
        doc = self.epub.xml(first)
        imgs = doc.findall(".//xhtml:img", NS)
        self.assertEqual(len(imgs), 1)
        self.assertEqual(self.epub.resolve(imgs[0].get("src"), first), self.epub.resolve(covers[0].get("href")))
        self.assertEqual(imgs[0].get("alt"), "Cover: Harbour & Memory: Pictures and their makers, by Ann Author")
        nav_path = self.epub.resolve([i for i in manifest.values() if i.get("properties") == "nav"][0].get("href"))
        landmarks = {a.get("{%s}type" % NS["epub"]): self.epub.resolve(a.get("href"), nav_path)
                     for a in self.epub.xml(nav_path).iter("{%s}a" % NS["xhtml"])
                     if a.get("{%s}type" % NS["epub"])}
        self.assertEqual(landmarks["cover"], first)

    def test_lead_image_at_the_top_with_its_credit_as_caption(self):
        chapter = chapters(self.epub)[0]
        doc = self.epub.xml(chapter)
        section = doc.find(".//xhtml:section", NS)
        children = list(section)
        # The article's header (its h1 title) first, then the lead image.
        self.assertEqual(children[0].tag, "{%s}header" % NS["xhtml"])
        self.assertIsNotNone(children[0].find("xhtml:h1", NS))
        self.assertEqual(children[1].tag, "{%s}figure" % NS["xhtml"])
        img = children[1].find(".//xhtml:img", NS)
        with open(os.path.join(BOOK, "01-harbour.jpg"), "rb") as f:
            self.assertEqual(self.epub.read(self.epub.resolve(img.get("src"), chapter)), f.read())
        self.assertEqual(img.get("alt"), "Boats at the quay")
        caption = children[1].find("xhtml:figcaption", NS)
        self.assertEqual(text_of(caption).strip(),
                         "Boats at the quay by Harry Harbour via Example Archive, CC BY-SA 3.0")
        links = {text_of(a): a.get("href") for a in caption.findall(".//xhtml:a", NS)}
        self.assertEqual(links, {"Example Archive": "https://example.org/archive/boats",
                                 "CC BY-SA 3.0": "https://creativecommons.org/licenses/by-sa/3.0/"})
        # The uncredited lead image has no caption.
        notes = self.epub.xml(chapters(self.epub)[1])
        self.assertEqual(len(notes.findall(".//xhtml:figure", NS)), 1)
        self.assertIsNone(notes.find(".//xhtml:figcaption", NS))

    def test_credits_page_lists_every_credit_in_attribution_form(self):
        last = self.epub.spine_documents()[-1]
        doc = self.epub.xml(last)
        self.assertEqual(doc.find(".//xhtml:section", NS).get("role"), "doc-credits")
        items = [" ".join(text_of(li).split()) for li in doc.iter("{%s}li" % NS["xhtml"])]
        self.assertEqual(items, [
            "Cover: Dawn gradient by Cora Cover, CC0 1.0",
            "Lead image of \u201cThe harbour at dawn\u201d: Boats at the quay by Harry Harbour via "
            "Example Archive, CC BY-SA 3.0",
            "Lead image of \u201cA memorial\u201d: Philafrenzy via Wikimedia Commons, CC BY-SA 4.0",
        ])
        memorial = list(doc.iter("{%s}li" % NS["xhtml"]))[2]
        links = {text_of(a): a.get("href") for a in memorial.iter("{%s}a" % NS["xhtml"])}
        self.assertEqual(links, {"Wikimedia Commons": "https://commons.wikimedia.org/",
                                 "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/"})


class PandocMetadata(unittest.TestCase):
    def test_pandoc_manual_epub_example_is_accepted(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "pandoc.epub")
            proc = run_galley(SEEDS, "--metadata-file", PANDOC_METADATA, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            # Nothing in pandoc's file is unknown to galley (the seed's own
            # boilerplate line, unstripped without seeds/book.yaml, may warn).
            meta_lines = [l for l in proc.stderr.splitlines() if l.startswith(PANDOC_METADATA)]
            self.assertTrue(meta_lines, proc.stderr)  # the ibooks note shows the file was read
            self.assertFalse([l for l in meta_lines if ": warning: " in l], proc.stderr)
            assert_epubcheck_clean(self, out)
            e = Epub(out)
            self.assertEqual(e.metadata("dc:title"), ["My Book", "An investigation of metadata"])
            self.assertEqual(e.metadata("dc:identifier"), ["doi:10.234234.234/33"])
            self.assertEqual(e.metadata("dc:publisher"), ["My Press"])
            self.assertEqual(e.metadata("dc:rights"), ["\u00a9 2007 John Smith, CC BY-NC"])
            refs = refinements(e)
            self.assertEqual(refs[("#pub-id", "identifier-type")], ["06"])
            people = {**by_id(e, "dc:creator"), **by_id(e, "dc:contributor")}
            roles = {name: refs[("#" + i, "role")][0] for i, name in people.items()}
            self.assertEqual(roles, {"John Smith": "aut", "Sarah Jones": "edt"})


class Refusals(unittest.TestCase):
    def book(self, tmp, yaml, files=()):
        root = os.path.join(tmp, "book")
        os.makedirs(root)
        with open(os.path.join(root, "a.txt"), "w", encoding="utf-8") as f:
            f.write("A title\n\nBody.\n")
        with open(os.path.join(root, "book.yaml"), "w", encoding="utf-8") as f:
            f.write(yaml)
        for name, data in files:
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)
        return root

    def run_book(self, yaml, files=()):
        """Builds the book; a cover image that cannot be used costs only
        itself: a warning, and the drawn cover instead."""
        with tempfile.TemporaryDirectory() as tmp:
            root = self.book(tmp, yaml, files)
            out = os.path.join(tmp, "x.epub")
            proc = run_galley(root, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            e = Epub(out)
            covers = [i for i in e.manifest().values() if i.get("properties") == "cover-image"]
            # The drawn cover: its PNG is the cover-image, the SVG stays for the cover page.
            self.assertEqual([c.get("href") for c in covers], ["images/cover.png"], "the drawn cover")
            self.assertIn("images/cover.svg", [i.get("href") for i in e.manifest().values()])
            self.assertEqual([n for n in e.names() if n.endswith(".png")], ["EPUB/images/cover.png"])
            return proc, root

    def test_image_path_leaving_the_input_folder_is_refused(self):
        proc, root = self.run_book("title: X\ncover-image: ../../etc/passwd\n")
        self.assertIn(os.path.join(root, "book.yaml") + ":2: warning: image '../../etc/passwd' is outside the input folder",
                      proc.stderr)

    def test_symlink_out_of_the_input_folder_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = self.book(tmp, "title: X\ncover-image: cover.png\n")
            with open(os.path.join(tmp, "secret.png"), "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n....")
            os.symlink(os.path.join(tmp, "secret.png"), os.path.join(root, "cover.png"))
            out = os.path.join(tmp, "x.epub")
            proc = run_galley(root, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertIn("leads outside the input folder; the cover is drawn from the title instead", proc.stderr)
            # Only the drawn cover's PNG: the secret is not in the book.
            self.assertEqual([n for n in Epub(out).names() if n.endswith(".png")],
                             ["EPUB/images/cover.png"])

    def test_a_file_that_is_not_an_image_is_a_warning_naming_it(self):
        proc, root = self.run_book("title: X\ncover-image: cover.png\n", [("cover.png", b"%PDF-1.4 not an image")])
        self.assertIn("'" + os.path.join(root, "cover.png") + "' is not a JPEG, PNG, GIF or SVG image", proc.stderr)

    def test_a_missing_image_is_a_warning_naming_it(self):
        proc, root = self.run_book("title: X\ncover-image: nowhere.png\n")
        self.assertIn(os.path.join(root, "book.yaml") + ":2: warning: image '" + os.path.join(root, "nowhere.png")
                      + "' not found", proc.stderr)

    def test_css_from_the_metadata_replaces_the_built_in_stylesheet(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = self.book(tmp, "title: X\ncss: [one.css, two.css]\n",
                             [("one.css", b"p { color: navy; }\n"), ("two.css", b"h1 { color: teal; }\n")])
            out = os.path.join(tmp, "x.epub")
            proc = run_galley(root, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            e = Epub(out)
            css = [i for i in e.manifest().values() if i.get("media-type") == "text/css"]
            self.assertEqual(len(css), 1)
            self.assertEqual(e.read(e.resolve(css[0].get("href"))), b"p { color: navy; }\n\nh1 { color: teal; }\n\n")

    def test_without_cover_image_a_cover_is_generated(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = self.book(tmp, "title: A Generated Cover\ncreator: Ann Author\n")
            out = os.path.join(tmp, "x.epub")
            proc = run_galley(root, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            assert_epubcheck_clean(self, out)
            e = Epub(out)
            # The cover-image is the drawing as a PNG; the SVG drawn from the metadata is
            # beside it, shown by the cover page.
            covers = [i for i in e.manifest().values() if i.get("properties") == "cover-image"]
            self.assertEqual([c.get("media-type") for c in covers], ["image/png"])
            svgs = [i for i in e.manifest().values() if i.get("media-type") == "image/svg+xml"]
            self.assertEqual(len(svgs), 1)
            svg = e.xml(e.resolve(svgs[0].get("href")))
            texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
            self.assertEqual(texts, ["A Generated Cover", "Ann Author"])


if __name__ == "__main__":
    unittest.main()
