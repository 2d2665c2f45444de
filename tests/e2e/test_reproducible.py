"""Same inputs, same bytes: builds from copies in different folders at
different times are byte-identical."""

import hashlib
import os
import shutil
import tempfile
import time
import unittest

from galley_e2e import NS, SEEDS, SOURCE_DIR, Epub, run_galley

IMAGE_BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "credits-book")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Reproducible(unittest.TestCase):
    def build_copy(self, root, name):
        src = os.path.join(root, name, "seeds")
        shutil.copytree(SEEDS, src)
        out = os.path.join(root, name, "book.epub")
        proc = run_galley(src, "-o", out, env={"SOURCE_DATE_EPOCH": "1596585600"})
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return out

    def test_two_builds_are_identical(self):
        with tempfile.TemporaryDirectory() as tmp:
            a = self.build_copy(tmp, "first")
            time.sleep(1.1)
            b = self.build_copy(tmp, "second")
            self.assertEqual(sha256(a), sha256(b))

    def test_timezone_does_not_matter(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "seeds")
            shutil.copytree(SEEDS, src)
            outs = []
            for tz in ("UTC", "Asia/Tehran"):
                out = os.path.join(tmp, tz.replace("/", "_") + ".epub")
                proc = run_galley(src, "-o", out, env={"SOURCE_DATE_EPOCH": "1596585600", "TZ": tz})
                self.assertEqual(proc.returncode, 0, proc.stderr)
                outs.append(sha256(out))
            self.assertEqual(outs[0], outs[1])

    def test_without_source_date_epoch_the_input_mtime_is_used(self):
        """Not the clock: touching nothing and rebuilding later gives the same bytes."""
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "seeds")
            shutil.copytree(SEEDS, src)
            env = {"SOURCE_DATE_EPOCH": ""}
            a, b = os.path.join(tmp, "a.epub"), os.path.join(tmp, "b.epub")
            self.assertEqual(run_galley(src, "-o", a, env=env).returncode, 0)
            time.sleep(1.1)
            self.assertEqual(run_galley(src, "-o", b, env=env).returncode, 0)
            self.assertEqual(sha256(a), sha256(b))


class ReproducibleWithImages(unittest.TestCase):
    """The same for a book with a cover, lead images and credits."""

    def build(self, src, out, env=None):
        proc = run_galley(src, "-o", out, env=env or {"SOURCE_DATE_EPOCH": ""})
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return out

    def test_two_builds_from_copies_are_identical(self):
        with tempfile.TemporaryDirectory() as tmp:
            outs = []
            for name in ("one", "two"):
                src = os.path.join(tmp, name, "book")
                shutil.copytree(IMAGE_BOOK, src)
                outs.append(sha256(self.build(src, os.path.join(tmp, name + ".epub"))))
                time.sleep(1.1)
            self.assertEqual(outs[0], outs[1])

    def minimal_book(self, tmp):
        """The fixture without date and identifier, every file dated 2017."""
        src = os.path.join(tmp, "book")
        shutil.copytree(IMAGE_BOOK, src)
        with open(os.path.join(src, "book.yaml"), "w", encoding="utf-8") as f:
            f.write("title: Images\ncover-image: cover.jpg\n")
        for name in os.listdir(src):
            os.utime(os.path.join(src, name), (1500000000, 1500000000))
        return src

    def modified(self, path):
        epub = Epub(path)
        return [m.text for m in epub.opf.iter("{%s}meta" % NS["opf"])
                if m.get("property") == "dcterms:modified"][0]

    def test_a_newer_image_dates_the_book(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = self.minimal_book(tmp)
            self.assertEqual(self.modified(self.build(src, os.path.join(tmp, "a.epub"))), "2017-07-14T02:40:00Z")
            os.utime(os.path.join(src, "01-harbour.jpg"), (1600000000, 1600000000))
            self.assertEqual(self.modified(self.build(src, os.path.join(tmp, "b.epub"))), "2020-09-13T12:26:40Z")
            os.utime(os.path.join(src, "01-harbour.jpg"), (1500000000, 1500000000))
            os.utime(os.path.join(src, "cover.jpg"), (1600000000, 1600000000))
            self.assertEqual(self.modified(self.build(src, os.path.join(tmp, "c.epub"))), "2020-09-13T12:26:40Z")

    def test_the_identifier_depends_on_the_images(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = self.minimal_book(tmp)
            first = Epub(self.build(src, os.path.join(tmp, "a.epub"))).metadata("dc:identifier")
            again = Epub(self.build(src, os.path.join(tmp, "b.epub"))).metadata("dc:identifier")
            self.assertEqual(first, again)
            # A change to the drawing (SVG is cleaned, so a comment would not count).
            svg = os.path.join(src, "03-memorial.svg")
            with open(svg, encoding="utf-8") as f:
                drawing = f.read()
            with open(svg, "w", encoding="utf-8") as f:
                f.write(drawing.replace('fill="#1d2b36"', 'fill="#1d2b37"'))
            changed = Epub(self.build(src, os.path.join(tmp, "c.epub"))).metadata("dc:identifier")
            self.assertNotEqual(first, changed)
            self.assertRegex(changed[0], r"^urn:uuid:[0-9a-f-]{36}$")


if __name__ == "__main__":
    unittest.main()
