"""Helpers for the print tests: render with the real renderers (WeasyPrint,
Chromium), read PDFs back with poppler-utils, read the print HTML with
html5lib in strict mode."""

import html
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

import html5lib

from galley_e2e import SOURCE_DIR

PRINT_BOOK = os.path.join(SOURCE_DIR, "tests", "e2e", "print_book")
PRINT_FA = os.path.join(SOURCE_DIR, "tests", "e2e", "print_fa")
XHTML = "{http://www.w3.org/1999/xhtml}"
MM = 72 / 25.4
PAGE_SIZES_PT = {"A4": (595.28, 841.89), "letter": (612.0, 792.0), "A5": (419.53, 595.28)}


# ---- HTML -------------------------------------------------------------------

def parse_html5(text):
    """Parses `text` as HTML5 with html5lib in strict mode: any parse error
    (a self-closed non-void element, a stray end tag, bad nesting) raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    return parser.parse(text)


def elements(root, tag):
    return list(root.iter(XHTML + tag))


def has_class(e, name):
    return name in (e.get("class") or "").split()


def text_of(e):
    return "".join(e.itertext())


def articles(doc):
    """(id, title, body text) of each article section, in order."""
    out = []
    for s in elements(doc, "section"):
        if has_class(s, "article"):
            out.append((s.get("id"), text_of(s.find(".//" + XHTML + "h1")), text_of(s)))
    return out


def page_geometry(html_text):
    """The page size keyword and margins the print writer put in its
    generated @page rule: (size, top, inline, bottom), lengths in points."""
    m = re.search(r"@page \{ size: (\w+); margin: ([\d.]+)mm ([\d.]+)mm ([\d.]+)mm; \}", html_text)
    if not m:
        raise AssertionError("no generated @page rule in the print HTML")
    return m.group(1), float(m.group(2)) * MM, float(m.group(3)) * MM, float(m.group(4)) * MM


# ---- Words ------------------------------------------------------------------

HYPHENS = "-\u2010\u2011\u00ad"


def normalize(word):
    """A word reduced to its letters and digits, lowercased: punctuation,
    hyphens, joiners and combining marks do not count."""
    # NFKD splits letters from their marks (ؤ is و plus a hamza, é is e plus
    # an accent): renderers' text extraction does not always keep a mark on
    # the letter it belongs to.
    return "".join(c for c in unicodedata.normalize("NFKD", word).lower() if c.isalnum())


def words(text):
    return [w for w in (normalize(t) for t in text.split()) if w]


def rejoin_hyphenated(text):
    """Joins words that a line end hyphenated ("contin-\\nue")."""
    return re.sub("[" + HYPHENS + "]\n", "", text)


# ---- PDF --------------------------------------------------------------------

def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_size(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    m = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    return float(m.group(1)), float(m.group(2))


def pdf_text(pdf, first=None, last=None, layout=False):
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        cmd.append("-layout")
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run(cmd + [pdf, "-"], capture_output=True, text=True, check=True).stdout


class Page:
    def __init__(self, number, width, height, words):
        self.number, self.width, self.height, self.words = number, width, height, words

    def band(self, top, bottom):
        """The words lying entirely between y=top and y=bottom, in reading order."""
        return [w for w in self.words if w[1] >= top and w[3] <= bottom]


def pages_with_boxes(pdf):
    """Every page with its words and their boxes (pdftotext -bbox):
    Page.words is a list of (xMin, yMin, xMax, yMax, text), y downwards."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    # pdftotext writes XHTML without a namespace-safe doctype; strip it.
    body = out[out.index("<html"):]
    root = ET.fromstring(re.sub(r'xmlns="[^"]+"', "", body, count=1))
    pages = []
    for n, p in enumerate(root.iter("page"), start=1):
        ws = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
               float(w.get("yMax")), html.unescape(w.text or "")) for w in p.iter("word")]
        pages.append(Page(n, float(p.get("width")), float(p.get("height")), ws))
    return pages


def footer_number(words):
    """The page number in a footer's words, as "N/M" (spaces dropped)."""
    return "".join(w[4] for w in sorted(words)).replace(" ", "")


def persian_digits(text):
    """`text` with its ASCII digits written as Persian (Extended Arabic-Indic) ones."""
    return text.translate({ord("0") + i: 0x06F0 + i for i in range(10)})


def arabic_digits(text):
    """`text` with its ASCII digits written as Arabic-Indic ones."""
    return text.translate({ord("0") + i: 0x0660 + i for i in range(10)})


# ---- Renderers --------------------------------------------------------------

def weasyprint(html_path, pdf_path):
    """Renders with WeasyPrint; returns its stderr (warnings)."""
    proc = subprocess.run(["weasyprint", html_path, pdf_path], capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0:
        raise AssertionError("weasyprint failed:\n" + proc.stderr)
    return proc.stderr


def chromium(html_path, pdf_path):
    """Prints with headless Chromium, without its own header and footer (or
    they would hide a missing running head) and without network chatter."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise AssertionError("chromium is not installed (scripts/setup.sh test)")
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             "--user-data-dir=" + profile, "--no-pdf-header-footer",
             "--print-to-pdf=" + os.path.abspath(pdf_path),
             "file://" + os.path.abspath(html_path)],
            capture_output=True, text=True, timeout=300,
            env=dict(os.environ, HOME=profile, XDG_CONFIG_HOME=profile, XDG_CACHE_HOME=profile))
    if not os.path.exists(pdf_path):
        raise AssertionError("chromium wrote no PDF:\n" + proc.stdout + proc.stderr)
