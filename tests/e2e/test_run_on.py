"""Issue 12, --run-on: in print, articles follow each other on the same page
when there is room instead of each opening a new page. Read back from
WeasyPrint's PDF (pdfinfo, pdftotext): four short articles take fewer pages
with --run-on and two of them open on one page; without it each article opens
its own page with its title at the top."""

import os
import tempfile
import unittest

import print_check as pc
from galley_e2e import run_galley

FILLER = ("The council kept its records in a cellar under the market hall, where the damp "
          "had reached the oldest ledgers long before anyone thought of copying them. ")

# Title, and the word its first paragraph opens with (found nowhere else).
ARTICLES = [("Orchard Notes", "Applewood"), ("Harbour Ledger", "Saltmarsh"),
            ("Mill Street Letters", "Waterwheel"), ("Quarry Accounts", "Limestone")]


class RunOn(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        src = os.path.join(cls.tmp.name, "src")
        os.mkdir(src)
        with open(os.path.join(src, "book.yaml"), "w", encoding="utf-8") as f:
            f.write("title: Short Pieces\nlang: en\n")
        for n, (title, opening) in enumerate(ARTICLES, start=1):
            with open(os.path.join(src, "%02d.md" % n), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {title}\n---\n\n{opening} {FILLER * 2}\n\n{FILLER}\n")
        cls.src = src

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def build(self, *args):
        name = "-".join(args) or "default"
        pdf, html = (os.path.join(self.tmp.name, name + ext) for ext in (".pdf", ".html"))
        proc = run_galley(self.src, *args, "-o", pdf, "-o", html)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(html, encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        return pdf, doc

    def pages(self, pdf):
        return [pc.pdf_text(pdf, n, n) for n in range(1, pc.page_count(pdf) + 1)]

    def opening_pages(self, pages):
        """The page (0-based) each article's first paragraph is on."""
        found = []
        for _, opening in ARTICLES:
            where = [i for i, text in enumerate(pages) if opening in text]
            self.assertEqual(len(where), 1, opening)
            found.append(where[0])
        return found

    def test_run_on_saves_pages(self):
        plain, plain_doc = self.build()
        run_on, run_on_doc = self.build("--run-on")
        self.assertNotIn("run-on", plain_doc.get("class") or "")
        self.assertIn("run-on", (run_on_doc.get("class") or "").split())
        self.assertLess(pc.page_count(run_on), pc.page_count(plain))

        # Without --run-on: four opening pages, each starting with its title.
        pages = self.pages(plain)
        opened = self.opening_pages(pages)
        self.assertEqual(len(set(opened)), len(ARTICLES), opened)
        for (title, _), i in zip(ARTICLES, opened):
            first_line = pages[i].strip().splitlines()[0]
            self.assertEqual(first_line.strip(), title)

        # With it: at least two articles open on one page, both titles on it
        # (and that page is not the contents: the first paragraphs are there).
        pages = self.pages(run_on)
        opened = self.opening_pages(pages)
        self.assertLess(len(set(opened)), len(ARTICLES), opened)
        shared = [i for i in set(opened) if opened.count(i) > 1]
        for i in shared:
            titles = [t for (t, _), at in zip(ARTICLES, opened) if at == i]
            for t in titles:
                self.assertIn(t, pages[i])
        # Still in order, and the first article still opens after the contents.
        self.assertEqual(opened, sorted(opened))
        self.assertGreater(opened[0], 0)


if __name__ == "__main__":
    unittest.main()
