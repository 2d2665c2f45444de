"""The CommonMark spec examples built as one book, one .md per example: galley
must write an EPUB (exit 0) that epubcheck passes with 0 errors, 0 warnings,
and report everything it drops or replaces. Holds for cmark and cmark-gfm
alike: it asserts on words and warnings, not on markup.

The examples come from the npm package commonmark-spec, installed by
scripts/setup-commonmark-spec.sh into build-tools/ (never committed); the test
runs that script and is skipped, saying why, when it cannot."""

import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from galley_e2e import SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

SPEC_DIR = os.path.join(SOURCE_DIR, "build-tools", "commonmark-spec", "node_modules", "commonmark-spec")
SETUP = os.path.join(SOURCE_DIR, "scripts", "setup-commonmark-spec.sh")
WORD = re.compile(r"[A-Za-z0-9]+")
# Examples whose expected rendering changed after spec 0.29 (which
# cmark-gfm 0.29.0.gfm.6 implements), with the words 0.29 reads differently:
# 28, `&#87654321;` is a character reference in 0.29 (out of range, so
# U+FFFD) and literal text since 0.30.
SPEC_0_29_READINGS = {28: {"87654321"}}


def load_examples():
    """The spec's examples as a list of {markdown, html, section, number};
    raises unittest.SkipTest when they cannot be installed."""
    if not os.path.exists(os.path.join(SPEC_DIR, "index.js")):
        proc = subprocess.run(["bash", SETUP], capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            raise unittest.SkipTest("commonmark-spec could not be installed: " + proc.stderr[-500:])
    if not shutil.which("node"):
        raise unittest.SkipTest("node is not installed (run scripts/setup-commonmark-spec.sh)")
    proc = subprocess.run(["node", "-e", "process.stdout.write(JSON.stringify(require(process.argv[1]).tests))",
                           SPEC_DIR], capture_output=True, text=True, timeout=120, check=True)
    examples = json.loads(proc.stdout)
    for e in examples:
        # The spec writes tabs as "→".
        e["markdown"] = e["markdown"].replace("\u2192", "\t")
        e["html"] = e["html"].replace("\u2192", "\t")
    return examples


class TextOf(html.parser.HTMLParser):
    """The character data of an HTML fragment (script and style bodies too:
    dropping them is a drop that must be reported)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def words(text):
    return set(w.lower() for w in WORD.findall(text))


class CommonMarkSpecBook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.examples = load_examples()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.root = os.path.join(cls.tmp.name, "spec")
        os.mkdir(cls.root)
        with open(os.path.join(cls.root, "book.yaml"), "w", encoding="utf-8") as f:
            f.write("title: CommonMark spec examples\ncreator: CommonMark\nlang: en\n")
        for e in cls.examples:
            with open(os.path.join(cls.root, "ex%04d.md" % e["number"]), "w", encoding="utf-8", newline="") as f:
                f.write(e["markdown"])
        cls.out = os.path.join(cls.tmp.name, "spec.epub")
        cls.proc = run_galley(cls.root, "-o", cls.out)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def warned_files(self):
        files = set()
        for line in self.proc.stderr.splitlines():
            m = re.match(r"(.*?ex\d{4}\.md)(:\d+)?: warning: ", line)
            if m:
                files.add(os.path.basename(m.group(1)))
        return files

    def test_every_example_is_read(self):
        self.assertGreaterEqual(len(self.examples), 650)
        self.assertEqual(len(os.listdir(self.root)), len(self.examples) + 1)

    def test_the_book_is_written_and_valid(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr[-3000:])
        self.assertTrue(os.path.exists(self.out))
        assert_epubcheck_clean(self, self.out)
        self.assertEqual(len(Epub(self.out).chapters()), len(self.examples))

    def test_images_that_are_not_there_are_warnings_and_keep_their_alt_text(self):
        """Every example whose rendering (by the spec) holds a local image
        gets, for each such image, a warning naming it: 'not found' for a
        relative path (there is no image beside the examples), 'outside the
        input folder' for an absolute one; remote images are not fetched
        and not warned about. The counts come from the spec's HTML."""
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr[-3000:])
        expected = {}
        for e in self.examples:
            for src in re.findall(r'<img src="([^"]*)"', e["html"]):
                src = html.unescape(src)
                if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", src) or src.startswith("//"):
                    continue  # remote
                expected.setdefault("ex%04d.md" % e["number"], []).append(src)
        self.assertGreater(len(expected), 15)
        reported = {}
        for line in self.proc.stderr.splitlines():
            m = re.match(r".*?(ex\d{4}\.md):\d+: warning: image '(.*)' (not found|is outside the input folder)"
                         r".*; its (alt text|file name) is kept$", line)
            if m:
                reported.setdefault(m.group(1), []).append((m.group(2), m.group(3)))
        self.assertEqual(sorted(expected), sorted(reported))
        for name, srcs in expected.items():
            got = reported[name]
            self.assertEqual(len(got), len(srcs), name)
            for src, (path, why) in zip(srcs, got):
                if src.startswith("/"):
                    self.assertEqual((path, why), (src, "is outside the input folder"), name)
                else:
                    self.assertEqual((os.path.basename(path), why), (os.path.basename(src), "not found"), name)

    def test_no_word_is_lost_without_a_warning(self):
        """Every word of the spec's expected rendering is in the example's
        chapter, or galley warned about that example."""
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr[-3000:])
        epub = Epub(self.out)
        chapters = epub.chapters()
        warned = self.warned_files()
        silent = []
        for e, path in zip(self.examples, chapters):
            name = "ex%04d.md" % e["number"]
            parser = TextOf()
            parser.feed(e["html"])
            expected = words(" ".join(parser.parts))
            # Alt text is an attribute in the expected HTML: it counts too.
            expected |= words(" ".join(re.findall(r'alt="([^"]*)"', e["html"])))
            got = words(" ".join(epub.xml(path).itertext()))
            for img in epub.xml(path).iter("{http://www.w3.org/1999/xhtml}img"):
                got |= words(img.get("alt") or "")
            lost = expected - got
            # cmark-gfm implements spec 0.29; where 0.31.2 changed an
            # example's meaning, the parser's reading is the older one.
            lost -= SPEC_0_29_READINGS.get(e["number"], set())
            if lost and name not in warned:
                silent.append(f"{name} ({e['section']}): lost {sorted(lost)[:8]} without a warning")
        self.assertEqual(silent, [], "\n".join(silent))


if __name__ == "__main__":
    unittest.main()
