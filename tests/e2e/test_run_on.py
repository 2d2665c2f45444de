"""Issue 12, --run-on: in print, articles follow each other on the same page
when there is room instead of each opening a new page. Read back from
WeasyPrint's PDF (pdfinfo, pdftotext): four short articles take fewer pages
with --run-on and two of them open on one page; without it each article opens
its own page with its title at the top. The running heads (pdftotext -bbox)
name the article running at the top of each page, and a page whose top
opens an article, the contents or the credits has none."""

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



# Articles of different lengths, so that some open mid-page below the end of
# a longer one and others run over a page.
HEADED = [("Orchard Notes", 70), ("Harbour Ledger", 4), ("Mill Street Letters", 22),
          ("Quarry Accounts", 3), ("Ferry Timetables", 5)]


class RunOnHeads(unittest.TestCase):
    def test_heads_name_the_article_running_at_the_top(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")
            os.mkdir(src)
            with open(os.path.join(src, "book.yaml"), "w", encoding="utf-8") as f:
                f.write("title: Short Pieces\nlang: en\ncredits:\n  - subject: the ferry timetable\n"
                        "    creator: Ann Lee\n    licence: CC BY 4.0\n")
            for n, (title, length) in enumerate(HEADED, start=1):
                with open(os.path.join(src, "%02d.md" % n), "w", encoding="utf-8") as f:
                    f.write(f"---\ntitle: {title}\n---\n\n{FILLER * length}\n\n{FILLER * 2}\n")
            pdf, html = os.path.join(tmp, "book.pdf"), os.path.join(tmp, "book.html")
            proc = run_galley(src, "--run-on", "-o", pdf, "-o", html)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            with open(html, encoding="utf-8") as f:
                _, top, _, bottom = pc.page_geometry(f.read())
            pages = pc.pages_with_boxes(pdf)

        def line(words):
            return pc.normalize("".join(w[4] for w in sorted(words)))

        titles = {pc.normalize(t): t for t, _ in HEADED}
        running = None  # the article whose text is running at the bottom of the page before
        seen = {"mid-page opening": 0, "top opening": 0, "running": 0}
        for page in pages[1:]:
            head = [w for w in page.words if (w[1] + w[3]) / 2 < top]
            body = [w for w in page.words if top <= (w[1] + w[3]) / 2 <= page.height - bottom]
            rows = {}
            for w in body:
                rows.setdefault(round(w[3]), []).append(w)
            lines = [line(rows[y]) for y in sorted(rows)]
            with self.subTest(page=page.number):
                if lines[0] in titles or lines[0] in ("contents", "credits"):
                    # An article (or the contents, the credits) opens at the top.
                    self.assertEqual(head, [], "a head on an opening page")
                    if lines[0] in titles:
                        seen["top opening"] += 1
                else:
                    # The article running at the top, and the book, on the right and left.
                    self.assertIsNotNone(running)
                    heads = line(head)
                    self.assertTrue(heads.startswith("shortpieces"), heads)
                    self.assertEqual(heads[len("shortpieces"):], pc.normalize(running))
                    opens = [ln for ln in lines[1:] if ln in titles]
                    seen["mid-page opening" if opens else "running"] += 1
            for ln in lines:
                if ln in titles:
                    running = titles[ln]
        # The book has each kind of page (or the test proves less than it says).
        self.assertTrue(all(seen.values()), seen)


if __name__ == "__main__":
    unittest.main()
