"""Threads, batch mode and progress, end to end: -j 1 and -j N give the same
bytes on a 500-article book; --each writes one valid EPUB (and print HTML) per
article and goes on past a failing one; the progress line shows on a terminal
only (run under script(1), which gives galley a pty)."""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

from galley_e2e import GALLEY, SEEDS, SOURCE_DIR, Epub, NS, assert_epubcheck_clean, run_galley, text_of

GENERATOR = os.path.join(SOURCE_DIR, "bench", "generate_corpus.py")
FIXED_EPOCH = {"SOURCE_DATE_EPOCH": "1596585600"}


class CorpusTest(unittest.TestCase):
    """A class's temporary folder, with a generated corpus of `articles` articles in
    tmp/corpus (bench/generate_corpus.py) when `articles` is set."""

    articles = 0

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.corpus = os.path.join(cls.tmp, "corpus")
        if cls.articles:
            subprocess.run([sys.executable, GENERATOR, str(cls.articles), cls.corpus], check=True,
                           timeout=120)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)


class ParallelOutputIsIdentical(CorpusTest):
    articles = 500

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.runs = {}
        for jobs in ("1", "4"):
            out = os.path.join(cls.tmp, "j" + jobs)
            proc = run_galley(cls.corpus, "-j", jobs, "-o", os.path.join(out, "book.epub"),
                              "-o", os.path.join(out, "book.html"), "-q", env=FIXED_EPOCH)
            if proc.returncode != 0:
                raise AssertionError(f"galley -j {jobs} failed:\n{proc.stderr}")
            cls.runs[jobs] = out

    def read(self, jobs, name):
        with open(os.path.join(self.runs[jobs], name), "rb") as f:
            return f.read()

    def test_epub_is_byte_identical(self):
        self.assertEqual(self.read("1", "book.epub"), self.read("4", "book.epub"))

    def test_print_html_is_byte_identical(self):
        self.assertEqual(self.read("1", "book.html"), self.read("4", "book.html"))

    def test_every_article_is_a_chapter_in_input_order(self):
        epub = Epub(os.path.join(self.runs["4"], "book.epub"))
        chapters = epub.chapters()
        self.assertEqual(len(chapters), 500)
        for i, path in enumerate(chapters):
            h1 = epub.xml(path).find(".//xhtml:h1", NS)
            self.assertTrue(text_of(h1).startswith(f"Article {i}:"), (path, text_of(h1)))

    def test_zip_layout_mimetype_first_and_stored_the_text_deflated(self):
        with zipfile.ZipFile(os.path.join(self.runs["4"], "book.epub")) as z:
            infos = z.infolist()
            self.assertEqual(infos[0].filename, "mimetype")
            self.assertEqual(infos[0].compress_type, zipfile.ZIP_STORED)
            self.assertEqual(z.read("mimetype"), b"application/epub+zip")
            self.assertIsNone(z.testzip())  # every CRC matches
            for info in infos[1:]:
                if info.filename.endswith((".xhtml", ".opf", ".ncx", ".css")):
                    self.assertEqual(info.compress_type, zipfile.ZIP_DEFLATED, info.filename)
                    self.assertLess(info.compress_size, info.file_size, info.filename)

    def test_timings_name_every_stage_and_change_nothing(self):
        out = os.path.join(self.tmp, "timed")
        proc = run_galley(self.corpus, "-j", "2", "--timings", "-q",
                          "-o", os.path.join(out, "book.epub"), "-o", os.path.join(out, "book.html"),
                          env=FIXED_EPOCH)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        stages = re.findall(r"^galley: time: (.+) (\d+\.\d{3}) s$", proc.stderr, re.M)
        names = {name for name, _ in stages}
        self.assertEqual(names, {
            "reading", "images", "transforms", "cover and page list",
            "EPUB files rendered and deflated", "EPUB archive",
            "print HTML (rendered on its own thread)", "outputs written to temporary files",
            "outputs renamed into place"})
        self.assertEqual(len(stages), len(names))  # each stage once
        self.assertEqual([name for name, _ in stages][:3], ["reading", "images", "transforms"])
        with open(os.path.join(out, "book.epub"), "rb") as f:
            self.assertEqual(f.read(), self.read("1", "book.epub"))
        with open(os.path.join(out, "book.html"), "rb") as f:
            self.assertEqual(f.read(), self.read("1", "book.html"))

    def test_epubcheck_passes(self):
        assert_epubcheck_clean(self, os.path.join(self.runs["4"], "book.epub"))


class EachArticleItsOwnBook(CorpusTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        inputs = os.path.join(cls.tmp, "in")
        os.makedirs(inputs)
        shutil.copy(os.path.join(SEEDS, "iran-1988-massacre.txt"), inputs)
        # Two articles with the same title: their names are made unique.
        for name in ("a-first.md", "b-second.md"):
            with open(os.path.join(inputs, name), "w", encoding="utf-8") as f:
                f.write(f"# Same title\n\nThe text of {name}.\n")
        # An article that cannot be built: its front matter is not YAML (a
        # missing image would only be a warning).
        with open(os.path.join(inputs, "c-broken.md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: [unclosed\n---\n\nText.\n")
        cls.out = os.path.join(cls.tmp, "out")
        cls.handouts = os.path.join(cls.tmp, "handouts")
        cls.proc = run_galley("--each", inputs, "-o", cls.out + "/", "--handouts", cls.handouts,
                              env=FIXED_EPOCH)

    def test_failure_is_reported_with_its_file_and_the_others_are_written(self):
        self.assertEqual(self.proc.returncode, 1, self.proc.stderr)
        self.assertRegex(self.proc.stderr, r"c-broken\.md:\d+: error: ")
        self.assertIn("1 article failed", self.proc.stderr)
        slug = self.seed_slug()
        self.assertEqual(sorted(os.listdir(self.out)),
                         sorted(["same-title-2.epub", "same-title.epub", slug + ".epub"]))
        self.assertEqual(sorted(os.listdir(self.handouts)),
                         sorted(["same-title-2.html", "same-title.html", slug + ".html"]))

    def seed_slug(self):
        names = [n for n in os.listdir(self.out) if not n.startswith("same-title")]
        self.assertEqual(len(names), 1)
        return names[0][:-len(".epub")]

    def test_names_follow_input_order(self):
        for name, source in (("same-title.epub", "a-first.md"), ("same-title-2.epub", "b-second.md")):
            epub = Epub(os.path.join(self.out, name))
            (chapter,) = epub.chapters()
            self.assertIn(f"The text of {source}.", text_of(epub.xml(chapter)))

    def test_every_epub_passes_epubcheck(self):
        for name in os.listdir(self.out):
            with self.subTest(name):
                assert_epubcheck_clean(self, os.path.join(self.out, name))

    def test_handout_holds_its_article(self):
        with open(os.path.join(self.handouts, "same-title-2.html"), encoding="utf-8") as f:
            html = f.read()
        self.assertIn("The text of b-second.md.", html)
        self.assertNotIn("a-first.md", html)


def under_pty(args):
    """Runs galley with a pseudo-terminal as stdin/stdout/stderr (script -qec)."""
    command = " ".join(shlex.quote(a) for a in [GALLEY, *args])
    env = dict(os.environ, **FIXED_EPOCH)
    proc = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True,
                          env=env, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


@unittest.skipUnless(shutil.which("script"), "script(1) is not installed")
class ProgressOnATerminalOnly(CorpusTest):
    articles = 250  # more than the 200 that make a run long

    def outputs(self, tag):
        return ["-o", os.path.join(self.tmp, tag + ".epub")]

    def test_terminal_gets_one_redrawn_line_per_stage(self):
        status, screen = under_pty([self.corpus, *self.outputs("tty")])
        self.assertEqual(status, 0, screen)
        self.assertRegex(screen, r"\r\x1b\[Kgalley: reading \d+/250, \d+\.\d s")
        self.assertRegex(screen, r"\r\x1b\[Kgalley: reading 250/250, \d+\.\d s")
        self.assertRegex(screen, r"\r\x1b\[Kgalley: writing EPUB (\d+)/\1, \d+\.\d s")
        self.assertIn("galley: wrote", screen)

    def test_quiet_silences_progress_and_notes(self):
        status, screen = under_pty([self.corpus, "--quiet", *self.outputs("quiet")])
        self.assertEqual(status, 0, screen)
        self.assertNotIn("reading", screen)
        self.assertNotIn("\r\x1b[K", screen)
        self.assertNotIn("note:", screen)
        self.assertNotIn("galley: wrote", screen)

    def test_pipe_gets_no_progress(self):
        proc = run_galley(self.corpus, *self.outputs("pipe"), env=FIXED_EPOCH)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertNotIn("\r", proc.stderr)
        self.assertNotIn("reading", proc.stderr)
        self.assertIn("note:", proc.stderr)  # notes still go to a pipe without --quiet


if __name__ == "__main__":
    unittest.main()
