"""The command line: options, exit status, error messages, atomic output."""

import os
import re
import shutil
import stat
import tempfile
import unittest

from galley_e2e import SEEDS, Epub, run_galley


class CommandLine(unittest.TestCase):
    def test_help_documents_every_option(self):
        proc = run_galley("--help")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        for option in ["-o", "--output", "--metadata-file", "-M", "--metadata", "--css",
                       "--toc-depth", "--help", "--version", "INPUT"]:
            self.assertIn(option, proc.stdout, option)
        self.assertIn("Exit status", proc.stdout)

    def test_version(self):
        proc = run_galley("--version")
        self.assertEqual(proc.returncode, 0)
        self.assertRegex(proc.stdout.strip(), r"^galley \d+\.\d+\.\d+$")

    def test_bogus_option_is_usage_error(self):
        proc = run_galley("--bogus")
        self.assertEqual(proc.returncode, 2)
        self.assertIn("--bogus", proc.stderr)

    def test_missing_input_names_the_path(self):
        proc = run_galley("/no/such/file")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("/no/such/file", proc.stderr)
        self.assertIn("no such file", proc.stderr)

    def test_unsupported_output_is_usage_error_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            proc = run_galley(SEEDS, "-o", os.path.join(tmp, "a.epub"), "-o", os.path.join(tmp, "b.docx"))
            self.assertEqual(proc.returncode, 2)
            self.assertIn("b.docx", proc.stderr)
            self.assertEqual(os.listdir(tmp), [])

    def test_default_input_and_output(self):
        """No arguments: seeds/ in, out/<slug>.epub and out/<slug>.html out (relative to the
        working directory)."""
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(SEEDS, os.path.join(tmp, "seeds"))
            proc = run_galley(cwd=tmp)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            written = sorted(os.listdir(os.path.join(tmp, "out")))
            slug = "irans-massacres-of-political-prisoners-continue-today"
            self.assertEqual(written, [slug + ".epub", slug + ".html"])

    def test_metadata_override_and_explicit_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            meta = os.path.join(tmp, "meta.yaml")
            with open(meta, "w", encoding="utf-8") as f:
                f.write("title: From the file\npublisher: Small Press\n")
            out = os.path.join(tmp, "book.epub")
            proc = run_galley(SEEDS, "--metadata-file", meta, "-M", "title=Overridden", "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            epub = Epub(out)
            self.assertEqual(epub.metadata("dc:title"), ["Overridden"])
            self.assertEqual(epub.metadata("dc:publisher"), ["Small Press"])

    def test_bad_yaml_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            meta = os.path.join(tmp, "meta.yaml")
            with open(meta, "w", encoding="utf-8") as f:
                f.write("title: ok\nlang: [unclosed\n")
            proc = run_galley(SEEDS, "--metadata-file", meta, "-o", os.path.join(tmp, "x.epub"))
            self.assertEqual(proc.returncode, 1)
            self.assertRegex(proc.stderr, re.escape(meta) + r":\d+: error: invalid YAML")
            self.assertFalse(os.path.exists(os.path.join(tmp, "x.epub")))

    def test_binary_input_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "bin.txt")
            with open(src, "wb") as f:
                f.write(b"Title\n\nsome\x00binary")
            proc = run_galley(src, "-o", os.path.join(tmp, "x.epub"))
            self.assertEqual(proc.returncode, 1)
            self.assertIn(src + ":3: error: binary data", proc.stderr)
            self.assertEqual(sorted(os.listdir(tmp)), ["bin.txt"])

    def test_failed_write_leaves_nothing_behind(self):
        """The output's folder is a file: the write fails, exit 1, no temp file left."""
        with tempfile.TemporaryDirectory() as tmp:
            blocker = os.path.join(tmp, "blocker")
            with open(blocker, "w") as f:
                f.write("x")
            proc = run_galley(SEEDS, "-o", os.path.join(blocker, "x.epub"))
            self.assertEqual(proc.returncode, 1)
            self.assertIn(os.path.join(blocker, "x.epub"), proc.stderr)
            self.assertEqual(os.listdir(tmp), ["blocker"])

    def test_existing_output_replaced_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "x.epub")
            with open(out, "w") as f:
                f.write("old")
            os.chmod(out, stat.S_IRUSR | stat.S_IWUSR)
            proc = run_galley(SEEDS, "-o", out)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            with open(out, "rb") as f:
                self.assertEqual(f.read(4), b"PK\x03\x04")
            self.assertEqual(os.listdir(tmp), ["x.epub"])

    def test_warnings_carry_file_and_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            meta = os.path.join(tmp, "meta.yaml")
            with open(meta, "w", encoding="utf-8") as f:
                f.write("title: T\n\nnot-a-key: 1\n")
            proc = run_galley(SEEDS, "--metadata-file", meta, "-o", os.path.join(tmp, "x.epub"))
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertIn(meta + ":3: warning: unknown metadata key 'not-a-key' ignored", proc.stderr)


if __name__ == "__main__":
    unittest.main()
