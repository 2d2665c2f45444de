"""Notes and tables end to end (issue 11): the book in fixtures/notes-book
(two Markdown articles that both use [^1], a 3 x 40 table, a plain-text
article whose [1]..[3] markers and References list become notes, a Persian
article with a note) through epubcheck, DAISY Ace, WeasyPrint and Chromium."""

import os
import re
import tempfile
import unittest

import ace
import print_check as pc
from galley_e2e import NS, SOURCE_DIR, Epub, assert_epubcheck_clean, run_galley, text_of

BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "fixtures", "notes-book")
EPUB_TYPE = "{%s}type" % NS["epub"]
X = "{%s}" % NS["xhtml"]
# The words each note's text and its call's sentence carry (English articles).
NOTES = [  # (word in the sentence with the call, word in the note)
    ("quokka", "Amnesty"), ("documented", "Iran"),
    ("numbat", "Reuters"), ("pelican", "Guardian"),
    ("evidence", "Landmark"), ("reliable", "archive"), ("records", "transcripts"),
]


class NotesTablesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.epub = os.path.join(cls.tmp.name, "book.epub")
        cls.html = os.path.join(cls.tmp.name, "book.html")
        proc = run_galley(BOOK, "-o", cls.epub, "-o", cls.html)
        if proc.returncode != 0:
            raise AssertionError(proc.stderr)
        cls.stderr = proc.stderr
        cls.book = Epub(cls.epub)
        cls.docs = {path: cls.book.xml(path) for path in cls.book.chapters()}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    # ---- EPUB ---------------------------------------------------------------

    def test_epubcheck_clean(self):
        assert_epubcheck_clean(self, self.epub)

    def test_ace_no_critical_or_serious(self):
        reason = ace.missing_reason()
        if reason:
            self.skipTest(reason)
        self.assertEqual(ace.violations(ace.run_ace(self.epub)), [])

    def test_every_noteref_links_to_a_note_in_its_document_and_back(self):
        refs_total = 0
        for path, doc in self.docs.items():
            by_id = {e.get("id"): e for e in doc.iter() if e.get("id")}
            refs = [a for a in doc.iter(X + "a") if a.get(EPUB_TYPE) == "noteref"]
            notes = [e for e in doc.iter() if e.get(EPUB_TYPE) == "endnote"]
            refs_total += len(refs)
            for a in refs:
                self.assertEqual(a.get("role"), "doc-noteref")
                self.assertTrue(a.get("href").startswith("#"), a.get("href"))
                target = by_id.get(a.get("href")[1:])
                self.assertIsNotNone(target, f"{path}: {a.get('href')} has no target")
                self.assertEqual(target.get(EPUB_TYPE), "endnote")
                # The number is the link's own text, no <sup> around it.
                self.assertRegex(text_of(a), r"^\d+$")
            for note in notes:
                back = [a for a in note.iter(X + "a") if a.get("role") == "doc-backlink"]
                self.assertEqual(len(back), 1, f"{path}: note {note.get('id')} has no back-link")
                ref = by_id.get(back[0].get("href")[1:])
                self.assertIsNotNone(ref, f"{path}: back-link {back[0].get('href')} has no target")
                self.assertEqual(ref.get(EPUB_TYPE), "noteref")
                self.assertEqual(ref.get("href"), "#" + note.get("id"))
                # The back-link opens the note (Kindle).
                first_p = note.find(X + "p")
                self.assertIs(next(iter(first_p)), back[0])
            if notes:
                sections = [s for s in doc.iter(X + "section") if s.get(EPUB_TYPE) == "endnotes"]
                self.assertEqual(len(sections), 1)
                self.assertEqual(sections[0].get("role"), "doc-endnotes")
        self.assertEqual(refs_total, 2 + 1 + 2 + 3 + 1)

    def test_ids_are_unique_across_the_book_and_numbering_restarts(self):
        seen = {}
        first_notes = []
        for path, doc in self.docs.items():
            for e in doc.iter():
                if e.get("id"):
                    self.assertNotIn(e.get("id"), seen, f"{e.get('id')} in {path} and {seen.get(e.get('id'))}")
                    seen[e.get("id")] = path
            notes = [e for e in doc.iter() if e.get(EPUB_TYPE) == "endnote"]
            if notes:
                first_notes.append(notes[0].get("id"))
                self.assertTrue(text_of(notes[0]).strip().startswith("1."))
        # Four articles with notes, each with its own "-fn1".
        self.assertEqual(len(first_notes), 4)
        self.assertTrue(all(re.fullmatch(r"ch\d{3}-fn1", i) for i in first_notes), first_notes)

    def test_table_structure(self):
        tables = [t for doc in self.docs.values() for t in doc.iter(X + "table")]
        self.assertEqual(len(tables), 1)
        t = tables[0]
        head = t.find(X + "thead")
        self.assertIsNotNone(head)
        ths = list(head.iter(X + "th"))
        self.assertEqual([text_of(th) for th in ths], ["Region", "Sentences", "Share (%)"])
        self.assertTrue(all(th.get("scope") == "col" for th in ths))
        body_rows = list(t.find(X + "tbody").iter(X + "tr"))
        self.assertEqual(len(body_rows), 40)
        cells = [c for c in t.iter() if c.tag in (X + "td", X + "th")]
        self.assertEqual(len(cells), 3 * 41)
        for tr in body_rows:
            tds = tr.findall(X + "td")
            self.assertEqual(len(tds), 3)
            # Right-aligned numeric columns: logical classes, no align attribute.
            self.assertIn("align-end", tds[1].get("class").split())
            self.assertIn("num", tds[2].get("class").split())
            self.assertIsNone(tds[1].get("align"))
        self.assertIn("align-start", ths[0].get("class").split())

    def test_plain_text_markers_became_notes(self):
        doc = next(d for d in self.docs.values() if "Sources scraped" in text_of(d.find(".//" + X + "h1")))
        text = text_of(doc.find(".//" + X + "body"))
        self.assertNotIn("[1]", text)
        self.assertNotIn("References", text)
        self.assertEqual(len([e for e in doc.iter() if e.get(EPUB_TYPE) == "endnote"]), 3)

    def test_persian_article_note_is_right_to_left(self):
        doc = next(d for d in self.docs.values() if d.get("lang") == "fa")
        notes = [e for e in doc.iter() if e.get(EPUB_TYPE) == "endnote"]
        self.assertEqual(len(notes), 1)
        self.assertIn("\u0639\u0641\u0648", text_of(notes[0]))  # عفو
        heading = doc.find(".//" + X + "h2")
        self.assertEqual(text_of(heading), "\u06cc\u0627\u062f\u062f\u0627\u0634\u062a\u200c\u0647\u0627")

    # ---- Print ----------------------------------------------------------------

    def test_weasyprint_footnotes_sit_below_the_text_of_their_page(self):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "book.pdf")
            warnings = pc.weasyprint(self.html, pdf)
            self.assertNotIn("WARNING", warnings)
            pages = pc.pages_with_boxes(pdf)
            with open(self.html, encoding="utf-8") as f:
                _, _, _, bottom = pc.page_geometry(f.read())
        note_words = set()
        for doc in self.docs.values():
            for e in doc.iter():
                if e.get(EPUB_TYPE) == "endnote":
                    note_words.update(pc.words(text_of(e)))
        for call_word, note_word in NOTES:
            found = [(p, w) for p in pages for w in p.words if pc.normalize(w[4]) == pc.normalize(note_word)
                     and w[1] > p.height / 2]
            self.assertEqual(len(found), 1, f"note '{note_word}' printed {len(found)} times at page feet")
            page, note = found[0]
            calls = [w for w in page.words if pc.normalize(call_word) in pc.normalize(w[4])]
            self.assertTrue(calls, f"note '{note_word}' is on page {page.number}, its call '{call_word}' is not")
            self.assertTrue(all(w[3] <= note[1] for w in calls), (call_word, note_word, calls, note))
            # Between the note and the footer (the bottom margin) there is
            # only note text: the note sits below all the body text.
            rest = [w for w in page.words if w[1] >= note[1] - 0.5 and w[3] < page.height - bottom]
            strays = [w[4] for w in rest if pc.normalize(w[4]) and pc.normalize(w[4]) not in note_words]
            self.assertEqual(strays, [], f"body text below note '{note_word}' on page {page.number}")

    def test_weasyprint_table_header_repeats(self):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "book.pdf")
            pc.weasyprint(self.html, pdf)
            pages = pc.pages_with_boxes(pdf)
        row_pages = {}
        for p in pages:
            rows = [w for w in p.words if re.fullmatch(r"Province\d\d", w[4])]
            if rows:
                row_pages[p.number] = (p, rows)
        self.assertGreaterEqual(len(row_pages), 2, "the 40-row table should span two pages")
        seen_rows = sorted(w[4] for _, rows in row_pages.values() for w in rows)
        self.assertEqual(seen_rows, [f"Province{n:02d}" for n in range(1, 41)])  # no row lost or doubled
        for number, (page, rows) in row_pages.items():
            header = [w for w in page.words if w[4] == "Region"]
            self.assertEqual(len(header), 1, f"no table header on page {number}")
            self.assertLess(header[0][3], min(w[1] for w in rows))

    def test_chromium_falls_back_to_endnotes(self):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = os.path.join(tmp, "book.pdf")
            pc.chromium(self.html, pdf)
            text = pc.pdf_text(pdf)
        words = pc.words(text)
        for call_word, note_word in NOTES:
            self.assertEqual(words.count(pc.normalize(note_word)), 1,
                             f"note '{note_word}' should show once, as an endnote")
        # Each English article's notes follow its text, under "Notes".
        self.assertEqual(text.count("\nNotes\n"), 3)
        self.assertLess(text.index("quokka"), text.index("Amnesty"))
        self.assertLess(text.index("wombat"), text.index("Amnesty"))
        self.assertLess(text.index("Amnesty"), text.index("numbat"))

    def test_print_html_parses_and_marks_footnotes(self):
        with open(self.html, encoding="utf-8") as f:
            doc = pc.parse_html5(f.read())
        spans = [s for s in pc.elements(doc, "span") if pc.has_class(s, "footnote")]
        self.assertEqual(len(spans), 8)  # one per note, at its first call
        calls = [a for a in pc.elements(doc, "a") if pc.has_class(a, "noteref")]
        self.assertEqual(len(calls), 9)  # note 1 of the report is cited twice


if __name__ == "__main__":
    unittest.main()
