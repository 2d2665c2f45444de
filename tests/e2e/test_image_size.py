"""Issue 12, images: an image larger than --max-image-size (bytes, default
2 MB) is warned about at the line of the article that uses it, and embedded
unchanged; --downscale-images PX scales PNG and JPEG images down to PX pixels
on the long side, in the EPUB and in the print HTML, with a note; --strict
makes the warning an error. A book without a cover image gets its drawn SVG
cover also as a PNG, declared as the cover-image. Image bytes and sizes are
read back from the files; epubcheck passes."""

import base64
import os
import random
import re
import shutil
import struct
import tempfile
import unittest
import zlib

from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley

JPEG = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "markdown", "article", "pictures",
                    "field photo.jpg")

ARTICLE = """---
title: Big Pictures
credits:
  - subject: wide.png
    creator: Jane Doe
    licence: CC BY 4.0
  - subject: photo.jpg
    creator: Sam Lee
    licence: CC BY 4.0
---

Text before.

![A wide picture](wide.png)

![A photograph](photo.jpg)

Text after.
"""


def png(width, height):
    """A PNG of `width` x `height` pixels of noise (RGB), which does not
    compress: about 3 bytes a pixel."""
    rng = random.Random(12)
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def image_size(data):
    """(width, height) of PNG or JPEG bytes, from the header (IHDR, SOFn)."""
    if data.startswith(b"\x89PNG"):
        return struct.unpack(">II", data[16:24])
    assert data.startswith(b"\xff\xd8"), data[:4]
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise AssertionError("no SOF marker")


class ImageSize(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.src = os.path.join(cls.tmp.name, "src")
        os.mkdir(cls.src)
        with open(os.path.join(cls.src, "wide.png"), "wb") as f:
            cls.png_bytes = png(1600, 800)
            f.write(cls.png_bytes)
        shutil.copy(JPEG, os.path.join(cls.src, "photo.jpg"))
        with open(JPEG, "rb") as f:
            cls.jpeg_bytes = f.read()
        cls.jpeg_size = image_size(cls.jpeg_bytes)
        with open(os.path.join(cls.src, "article.md"), "w", encoding="utf-8") as f:
            f.write(ARTICLE)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def build(self, *args):
        out = os.path.join(self.tmp.name, "-".join(args) or "default")
        os.makedirs(out, exist_ok=True)
        epub, html = os.path.join(out, "book.epub"), os.path.join(out, "book.html")
        proc = run_galley(os.path.join(self.src, "article.md"), *args, "-o", epub, "-o", html)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc, epub, html

    def epub_images(self, epub):
        """Sizes of the EPUB's PNG and JPEG images other than the cover, by media type."""
        book = Epub(epub)
        sizes = {}
        for item in book.manifest().values():
            if item.get("media-type") in ("image/png", "image/jpeg") and \
                    "cover-image" not in (item.get("properties") or ""):
                sizes[item.get("media-type")] = image_size(book.read(book.resolve(item.get("href"))))
        return sizes

    def epub_bytes(self, epub):
        """The EPUB's PNG and JPEG images other than the cover, by media type."""
        book = Epub(epub)
        return {item.get("media-type"): book.read(book.resolve(item.get("href")))
                for item in book.manifest().values()
                if item.get("media-type") in ("image/png", "image/jpeg") and
                "cover-image" not in (item.get("properties") or "")}

    def print_bytes(self, html):
        with open(html, encoding="utf-8") as f:
            text = f.read()
        return {m.group(1): base64.b64decode(m.group(2))
                for m in re.finditer(r'src="data:(image/(?:png|jpeg));base64,([^"]+)"', text)}

    def print_images(self, html):
        with open(html, encoding="utf-8") as f:
            text = f.read()
        return {m.group(1): image_size(base64.b64decode(m.group(2)))
                for m in re.finditer(r'src="data:(image/(?:png|jpeg));base64,([^"]+)"', text)}

    def png_line(self):
        return ARTICLE.splitlines().index("![A wide picture](wide.png)") + 1

    def test_default_warns_and_keeps_the_image(self):
        proc, epub, html = self.build()
        assert_epubcheck_clean(self, epub)
        self.assertGreater(len(self.png_bytes), 2 << 20)
        mb = "%.1f MB" % (len(self.png_bytes) / (1 << 20))
        self.assertIn("article.md:%d: warning: image 'wide.png' is %s, over --max-image-size 2 MB "
                      "(Send-to-Kindle and some readers fail on large books); "
                      "--downscale-images 2000 would scale it down" % (self.png_line(), mb), proc.stderr)
        # Embedded unchanged, byte for byte, in both outputs.
        self.assertEqual(self.epub_bytes(epub)["image/png"], self.png_bytes)
        self.assertEqual(self.print_bytes(html)["image/png"], self.png_bytes)
        self.assertNotIn("scaled down", proc.stderr)
        # The photograph is under 2 MB: no warning, kept as it is.
        self.assertLess(len(self.jpeg_bytes), 2 << 20)
        self.assertNotIn("photo.jpg' is", proc.stderr)
        self.assertEqual(self.epub_bytes(epub)["image/jpeg"], self.jpeg_bytes)

    def test_downscale_on_request(self):
        proc, epub, html = self.build("--downscale-images", "1000")
        assert_epubcheck_clean(self, epub)
        self.assertEqual(self.epub_images(epub)["image/png"], (1000, 500))
        self.assertEqual(self.print_images(html)["image/png"], (1000, 500))
        self.assertRegex(proc.stderr, r"wide\.png: note: image scaled down from 1600x800 to "
                                      r"1000x500 pixels \(--downscale-images 1000\)")
        # Now under 2 MB: no warning.
        self.assertLess(len(self.epub_bytes(epub)["image/png"]), 2 << 20)
        self.assertNotIn("warning: image", proc.stderr)

    def test_downscale_scales_jpeg_too(self):
        side = max(self.jpeg_size) // 2
        _, epub, html = self.build("--downscale-images", str(side))
        assert_epubcheck_clean(self, epub)
        w, h = self.jpeg_size
        want = (round(w * side / max(w, h)), round(h * side / max(w, h)))
        self.assertEqual(self.epub_images(epub)["image/jpeg"], want)
        self.assertEqual(self.print_images(html)["image/jpeg"], want)
        self.assertEqual(max(self.epub_images(epub)["image/png"]), side)

    def test_zero_silences_the_warning(self):
        proc, epub, _ = self.build("--max-image-size", "0")
        self.assertEqual(self.epub_bytes(epub)["image/png"], self.png_bytes)
        self.assertNotIn("warning: image", proc.stderr)
        self.assertNotIn("scaled down", proc.stderr)

    def test_sizes_in_kb_and_plain_bytes(self):
        limit = len(self.jpeg_bytes) - 1
        proc, _, _ = self.build("--max-image-size", str(limit))
        self.assertIn("warning: image 'photo.jpg' is", proc.stderr)
        self.assertIn("warning: image 'wide.png' is", proc.stderr)
        kb = len(self.png_bytes) // 1024 + 1
        proc, _, _ = self.build("--max-image-size", "%dKB" % kb)
        self.assertNotIn("warning: image 'wide.png'", proc.stderr)
        self.assertIn("over --max-image-size", self.build("--max-image-size", "%dKB" % (kb - 2))[0].stderr)

    def test_strict_makes_it_an_error(self):
        out = os.path.join(self.tmp.name, "strict")
        os.makedirs(out, exist_ok=True)
        epub = os.path.join(out, "book.epub")
        proc = run_galley(os.path.join(self.src, "article.md"), "--strict", "-o", epub)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("article.md:%d: error: image 'wide.png' is" % self.png_line(), proc.stderr)
        self.assertFalse(os.path.exists(epub))

    def test_bad_size_is_a_usage_error(self):
        proc = run_galley(os.path.join(self.src, "article.md"), "--max-image-size", "2 furlongs",
                          "-o", os.path.join(self.tmp.name, "bad.epub"))
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertIn("2 furlongs", proc.stderr)

    def test_generated_cover_has_a_png(self):
        _, epub, _ = self.build()
        book = Epub(epub)
        covers = [i for i in book.manifest().values()
                  if "cover-image" in (i.get("properties") or "").split()]
        self.assertEqual(len(covers), 1)
        self.assertEqual(covers[0].get("media-type"), "image/png")
        data = book.read(book.resolve(covers[0].get("href")))
        self.assertEqual(image_size(data), (1200, 1800))
        # The drawing is there (not a blank page): many distinct bytes.
        self.assertGreater(len(data), 5000)
        # The cover page still shows the SVG.
        svg = [i for i in book.manifest().values() if i.get("media-type") == "image/svg+xml"]
        self.assertEqual(len(svg), 1)
        cover_page = [p for p in book.spine_documents(linear_only=False) if "cover" in p][0]
        srcs = [e.get("src") for e in book.xml(cover_page).iter("{%s}img" % NS["xhtml"])]
        self.assertTrue(any(s.endswith(".svg") for s in srcs), srcs)


if __name__ == "__main__":
    unittest.main()
