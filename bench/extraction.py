#!/usr/bin/env python3
"""Article extraction on a set of saved web pages, scored against a reference.

Each page folder holds source.html, expected.html (the article body a reference
extractor keeps) and expected-metadata.json (title, byline, ...), like Mozilla
Readability's test pages (../shared/web-pages). For every page galley builds an
EPUB on its own; the chapter's text is scored against expected.html as F1 over
4-word shingles (precision and recall per page, averaged; each Chinese or
Japanese character a word; the chapter's header left out), and --inspect's
title and byline are compared with the expected ones. Then all pages as one
book go through epubcheck (unless --no-epubcheck), and the reading rate
(galley --inspect over every page) is printed in pages per second.

    python3 bench/extraction.py [--pages DIR] [--galley build/src/galley] [--worst N]
"""
import argparse
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
XHTML = "{http://www.w3.org/1999/xhtml}"


# Text-level elements: their edges are not word breaks ("<b>over</b>due" is
# one word), which matters most in Chinese and Japanese, written without spaces.
PHRASING = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var"}


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment (scripts and styles left out), and the
    addresses of its images."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.images = [], 0, set()

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "img":
            self.images.update(v for k, v in attrs if k in ("src", "data-src") and v)
        if tag not in PHRASING:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag not in PHRASING:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    p = TextOf()
    p.feed(markup)
    return "".join(p.parts), p.images


# Chinese and Japanese are written without spaces between words: each
# ideograph or kana counts as a word, so shingles do not hang on spacing.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD = re.compile(f"[{CJK}]|[^\\W{CJK}]+")


def words(text):
    return WORD.findall(text.lower())


def shingles(ws, n=4):
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def element_text(el, skip_links):
    """itertext() without the text of <a> whose href is in skip_links."""
    parts = [el.text or ""]
    for child in el:
        if not (child.tag == XHTML + "a" and child.get("href") in skip_links):
            parts.append(element_text(child, skip_links))
        parts.append(child.tail or "")
    if el.tag not in PHRASING_XHTML:
        parts = [" "] + parts + [" "]
    return "".join(parts)


PHRASING_XHTML = {XHTML + t for t in PHRASING}


def chapter_text(epub_path, images=frozenset()):
    """The article's text in a one-article EPUB, without its header. A remote
    image is kept as a link to it, with its alt text: when the reference kept
    that image (`images`, its addresses), the link is the image, not text."""
    with zipfile.ZipFile(epub_path) as z:
        texts = []
        for name in sorted(z.namelist()):
            if not name.endswith(".xhtml"):
                continue
            root = ET.fromstring(z.read(name))
            for sec in root.iter(XHTML + "section"):
                if "article" not in (sec.get("class") or "").split():
                    continue
                # The chapter's header (title, standfirst, byline, "First
                # published by") is made from the page's metadata, not its body.
                for head in list(sec):
                    if head.tag == XHTML + "h1" or (
                            head.tag == XHTML + "header"
                            and "article-header" in (head.get("class") or "").split()):
                        sec.remove(head)
                texts.append(element_text(sec, images))
        return " ".join(texts)


def inspect_fields(report):
    fields = {"title": "", "byline": ""}
    for line in report.splitlines():
        m = re.match(r"  title(?: \(line \d+\))?: (.*)$", line)
        if m and not fields["title"]:
            fields["title"] = m.group(1)
        # A page without a title gets one from its first heading or its
        # file's name; the page itself has none.
        if line.startswith("  title rule: none"):
            fields["title"] = ""
        m = re.match(r"  byline(?: \([^)]*\))?:(.*)$", line)
        if m:
            fields["byline"] = m.group(1).strip()
    return fields


def norm_space(s):
    return re.sub(r"\s+", " ", s or "").strip()


def norm_byline(s):
    """Bylines compared as names: white space, a leading "By" and the list
    separators ("; ", ", ", " and ") do not count."""
    s = norm_space(s)
    s = re.sub(r"^(by|par|von|por|written by)\s+", "", s, flags=re.I)
    return [p.strip() for p in re.split(r";|,| and | & ", s) if p.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default=os.environ.get(
        "GALLEY_WEB_PAGES", os.path.join(os.path.dirname(ROOT), "..", "shared", "web-pages")))
    ap.add_argument("--galley", default=os.path.join(ROOT, "build", "src", "galley"))
    ap.add_argument("--worst", type=int, default=10, help="list the N pages with the lowest F1")
    ap.add_argument("--no-epubcheck", action="store_true")
    ap.add_argument("--only", help="only pages whose name contains this")
    ap.add_argument("--scale", type=int, default=8,
                    help="also read the set this many times over, to show the cost is linear")
    args = ap.parse_args()
    pages_dir = os.path.abspath(args.pages)
    if not os.path.isdir(pages_dir):
        pages_dir = "/work/shared/web-pages"
    names = sorted(d for d in os.listdir(pages_dir)
                   if os.path.isfile(os.path.join(pages_dir, d, "source.html")))
    if args.only:
        names = [n for n in names if args.only in n]
    tmp = tempfile.mkdtemp(prefix="galley-extraction-")
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    rows, failures = [], []
    for name in names:
        page = os.path.join(pages_dir, name)
        src = os.path.join(page, "source.html")
        with open(os.path.join(page, "expected.html"), encoding="utf-8") as f:
            expected, images = html_text(f.read())
        with open(os.path.join(page, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        out = os.path.join(tmp, name + ".epub")
        r = subprocess.run([args.galley, "-o", out, src], capture_output=True, text=True, env=env)
        if r.returncode != 0:
            failures.append((name, r.stderr.strip().splitlines()[-1:]))
            continue
        got = chapter_text(out, images)
        ins = subprocess.run([args.galley, "--inspect", src], capture_output=True, text=True)
        fields = inspect_fields(ins.stdout)
        a, b = shingles(words(got)), shingles(words(expected))
        common = len(a & b)
        p = common / len(a) if a else (1.0 if not b else 0.0)
        rc = common / len(b) if b else (1.0 if not a else 0.0)
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        rows.append({
            "name": name, "p": p, "r": rc, "f1": f1,
            "title_ok": norm_space(fields["title"]) == norm_space(meta.get("title")),
            "title": fields["title"], "exp_title": meta.get("title"),
            "has_byline": bool(norm_space(meta.get("byline"))),
            "byline_ok": norm_byline(fields["byline"]) == norm_byline(meta.get("byline")),
            "byline": fields["byline"], "exp_byline": meta.get("byline"),
        })
    n = len(rows)
    mp = sum(r["p"] for r in rows) / n
    mr = sum(r["r"] for r in rows) / n
    print(f"pages: {len(names)}, built: {n}, failed: {len(failures)}")
    for name, why in failures:
        print(f"  FAILED {name}: {why}")
    print(f"body: precision {mp:.3f}, recall {mr:.3f}, F1 {2 * mp * mr / (mp + mr):.3f} "
          f"(mean of per-page F1 {sum(r['f1'] for r in rows) / n:.3f})")
    print(f"titles exact: {sum(r['title_ok'] for r in rows)}/{n} "
          f"({100 * sum(r['title_ok'] for r in rows) / n:.1f}%)")
    with_b = [r for r in rows if r["has_byline"]]
    print(f"bylines exact: {sum(r['byline_ok'] for r in rows)}/{n} "
          f"({100 * sum(r['byline_ok'] for r in rows) / n:.1f}%); on pages with an expected "
          f"byline {sum(r['byline_ok'] for r in with_b)}/{len(with_b)}")
    for r in sorted(rows, key=lambda r: r["f1"])[:args.worst]:
        print(f"  F1 {r['f1']:.3f} (P {r['p']:.2f} R {r['r']:.2f}) {r['name']}")
    if os.environ.get("BENCH_VERBOSE"):
        for r in rows:
            if not r["title_ok"]:
                print(f"  title {r['name']}: got {r['title']!r} expected {r['exp_title']!r}")
            if not r["byline_ok"]:
                print(f"  byline {r['name']}: got {r['byline']!r} expected {r['exp_byline']!r}")

    sources = [os.path.join(pages_dir, nm, "source.html") for nm in names]
    # Reading rate (parse, extract, map; nothing written), on the set and on
    # the set eight times over (1,040 pages): the same rate means linear cost.
    for times in (1, args.scale):
        many = sources * times
        t0 = time.monotonic()
        subprocess.run([args.galley, "--inspect"] + many, capture_output=True)
        dt = time.monotonic() - t0
        print(f"reading: {len(many)} pages in {dt:.2f} s, {len(many) / dt:.1f} pages/s")

    if not args.no_epubcheck:
        book = os.path.join(tmp, "all.epub")
        r = subprocess.run([args.galley, "-o", book, "-M", "title=Web pages"] + sources,
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            print("one book: build FAILED:", r.stderr.strip().splitlines()[-1:])
            return 1
        report = os.path.join(tmp, "epubcheck.json")
        subprocess.run(["java", "-jar", "/usr/share/java/epubcheck.jar", book, "--json", report],
                       capture_output=True)
        with open(report, encoding="utf-8") as f:
            msgs = json.load(f)["messages"]
        count = {s: sum(1 for m in msgs if m["severity"] == s) for s in ("FATAL", "ERROR", "WARNING")}
        print(f"one book of {len(sources)} pages: epubcheck fatal {count['FATAL']}, "
              f"errors {count['ERROR']}, warnings {count['WARNING']}")
        for m in msgs[:10]:
            if m["severity"] in ("FATAL", "ERROR", "WARNING"):
                print("  ", m["severity"], m["ID"], m["message"][:150],
                      m["locations"][0]["path"] if m["locations"] else "")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
