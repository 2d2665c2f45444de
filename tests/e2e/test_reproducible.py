"""Same inputs, same bytes: builds from copies in different folders at
different times are byte-identical."""

import hashlib
import os
import shutil
import tempfile
import time
import unittest

from galley_e2e import SEEDS, run_galley


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


if __name__ == "__main__":
    unittest.main()
