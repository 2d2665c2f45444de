"""Credits in the print outputs: the book's credits section (the renderer the
EPUB Credits page uses), each handout with the credits of its own images,
and the credits printed in the PDF."""

import os
import tempfile
import unittest

import print_check as pc
from galley_e2e import SOURCE_DIR, run_galley

BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "credits-book")


def credits_items(doc):
    sections = [s for s in pc.elements(doc, "section") if s.get("id") == "credits"]
    if not sections:
        return [], []
    items = [" ".join(pc.text_of(li).split()) for li in pc.elements(sections[0], "li")]
    links = [a.get("href") for a in pc.elements(sections[0], "a")]
    return items, links


class PrintCredits(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.html = os.path.join(cls.tmp.name, "book.html")
        cls.handouts = os.path.join(cls.tmp.name, "handouts")
        cls.proc = run_galley(BOOK, "-o", cls.html, "--handouts", cls.handouts)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_book_credits_section(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        with open(self.html, encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        items, links = credits_items(doc)
        self.assertEqual(len(items), 3, items)
        self.assertTrue(any("Dawn gradient" in i and "Cora Cover" in i for i in items), items)
        self.assertTrue(any("Boats at the quay" in i and "Harry Harbour" in i and "Example Archive" in i
                            and "CC BY-SA 3.0" in i for i in items), items)
        self.assertTrue(any("Philafrenzy" in i and "Wikimedia Commons" in i and "CC BY-SA 4.0" in i
                            for i in items), items)
        for deed in ("https://creativecommons.org/publicdomain/zero/1.0/",
                     "https://creativecommons.org/licenses/by-sa/3.0/",
                     "https://creativecommons.org/licenses/by-sa/4.0/"):
            self.assertIn(deed, links)
        # The contents lists the credits after the articles, linked to the section.
        nav = [n for n in pc.elements(doc, "nav") if pc.has_class(n, "contents")][0]
        entries = [(a.get("href"), pc.text_of(a)) for a in pc.elements(nav, "a")]
        self.assertEqual(entries[-1], ("#credits", "Credits"))
        sections = [e for e in pc.elements(doc, "section") if e.get("id") == "credits"]
        self.assertEqual(len(sections), 1)
        self.assertEqual(len(entries), len(pc.articles(doc)) + 1)

    def test_handouts_carry_their_own_credits_and_images(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        names = sorted(os.listdir(self.handouts))
        harbour = [n for n in names if "harbour" in n]
        self.assertEqual(len(harbour), 1, names)
        with open(os.path.join(self.handouts, harbour[0]), encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        items, _ = credits_items(doc)
        self.assertEqual(len(items), 1, items)
        self.assertIn("Harry Harbour", items[0])
        images = pc.elements(doc, "img")
        self.assertEqual(len(images), 1)
        self.assertTrue(images[0].get("src").startswith("data:image/jpeg;base64,"))

    def test_credits_printed_in_the_pdf(self):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "book.pdf")
            proc = run_galley(BOOK, "-o", pdf)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            pages = pc.page_count(pdf)
            last = " ".join(pc.pdf_text(pdf, pages - 1, pages).split())
            for words in ("Credits", "Harry Harbour", "Cora Cover", "Philafrenzy"):
                self.assertIn(words, last)


if __name__ == "__main__":
    unittest.main()
