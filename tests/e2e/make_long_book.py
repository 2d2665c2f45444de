#!/usr/bin/env python3
"""Writes a deterministic book-length plain-text file in the shape of a
Project Gutenberg novel (issue 14): a title with an `or,` subtitle, the
text's own CONTENTS block, four letters (address lines, a signature) and
chapters, hard-wrapped at 70 columns, dialogue, verse, `_italic_` words and
one-line paragraphs that must not become headings. About 250 KB.

Usage: make_long_book.py OUTFILE [KB]. As a module, make_book(kb) returns
(text, expected) where expected counts what the text holds by construction:
headings, blank-line blocks of the body, line blocks, emphasised words."""

import random
import sys
import textwrap

WORDS = ("the sea ice ship voyage winter north captain sailors cold night wind "
         "stars silence journey distant shore snow letter sister hope fear "
         "courage light mountains river friend heart dream memory island "
         "morning evening path ocean".split())
NAMES = ("Margaret", "Victor", "Elizabeth", "Henry", "Justine", "William")
TITLE = "The Northern Voyage;"
SUBTITLE = "or, A Winter Beyond the Ice"


def sentence(rng, emph):
    n = rng.randint(8, 20)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(rng.randrange(1, n), rng.choice(NAMES))
    if rng.random() < 0.15:
        i = rng.randrange(1, len(words))
        words[i] = "_" + words[i] + "_"
        emph.append(words[i][1:-1])
    return " ".join(words) + rng.choice([".", ".", ".", "?", "!", ";"])[0:1].replace(";", ".")


def prose(rng, emph, sentences):
    return " ".join(sentence(rng, emph) for _ in range(sentences))


def wrap(text):
    return textwrap.wrap(text, width=70, break_on_hyphens=False)


def make_book(kb=250, seed=14):
    rng = random.Random(seed)
    emph = []
    headings = [f"Letter {i}" for i in range(1, 5)] + [f"Chapter {i}" for i in range(1, 25)]
    out = [TITLE, "", SUBTITLE, "", "", "CONTENTS", ""]
    out += [" " + h for h in headings]
    out += ["", "", ""]
    # A dedication before the first heading.
    out += ["To William Godwin, author of Political Justice, these pages are", "inscribed.", ""]
    blocks = 1
    line_blocks = 0
    dialogue = 0
    target = kb * 1024
    per_heading = target // len(headings)
    for h in headings:
        out += ["", h, ""]
        start = len("\n".join(out))
        if h == "Chapter 1":
            # An epigraph: a short quotation and its attribution.
            out += ["Did I request thee, Maker, from my clay", "To mould me man?", "",
                    "\u2014 Paradise Lost", ""]
            blocks += 2
            line_blocks += 1
        if h.startswith("Letter"):
            # Address lines: short, capitalised, kept as a line block.
            out += ["St. Petersburgh, Dec. 11th, 17\u2014", "To Mrs. Saville, England", ""]
            blocks += 1
            line_blocks += 1
        k = 0
        while len("\n".join(out)) - start < per_heading:
            k += 1
            roll = rng.random()
            if roll < 0.15:
                # Dialogue: a quoted speech, its own blank-line block.
                speech = prose(rng, emph, rng.randint(1, 3))
                out += wrap("\u201c" + speech[:-1] + ",\u201d said " + rng.choice(NAMES) +
                            ". " + prose(rng, emph, rng.randint(1, 2)))
                dialogue += 1
            elif roll < 0.18:
                # Verse: four short capitalised lines.
                for _ in range(4):
                    line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 5)))
                    out.append(line.capitalize() + rng.choice([",", "", ";"]))
                line_blocks += 1
            elif roll < 0.20:
                # A one-line paragraph ending in a dash: runs on, never a heading.
                out.append("I trembled at his words, and my father continued\u2014")
            elif roll < 0.22:
                out.append("He was gone.")
            else:
                out += wrap(prose(rng, emph, rng.randint(3, 9)))
            out.append("")
            blocks += 1
        if h.startswith("Letter"):
            out += ["Your affectionate brother,", "R. Walton", ""]
            blocks += 1
            line_blocks += 1
    text = "\n".join(out) + "\n"
    expected = {
        "title": TITLE.rstrip(";"),
        "subtitle": "Or, A Winter Beyond the Ice",
        "headings": headings,
        "contents_entries": len(headings),
        "blocks": blocks,
        "line_blocks": line_blocks,
        "emphasis": len(emph),
        "dialogue": dialogue,
    }
    return text, expected


def main():
    path = sys.argv[1]
    kb = int(sys.argv[2]) if len(sys.argv) > 2 else 250
    text, expected = make_book(kb)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(expected)


if __name__ == "__main__":
    main()
