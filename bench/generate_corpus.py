#!/usr/bin/env python3
"""Writes a deterministic corpus of N articles (plain text and Markdown, in the
shapes galley meets: scraped news with credits, Markdown with sections and
lists) for benchmarks. Usage: generate_corpus.py N OUTDIR"""

import os
import random
import sys

WORDS = ("the regime court prisoners protest human rights commission decree report "
         "witness family government international inquiry evidence executions summer "
         "city street press freedom law judge council victims memory justice").split()


def sentence(rng):
    n = rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    if rng.random() < 0.2:
        i = rng.randrange(1, n)
        words[i] = '"' + words[i] + '"'
    return " ".join(words) + rng.choice([".", ".", ".", "?", "!"])


def paragraph(rng):
    return "  ".join(sentence(rng) for _ in range(rng.randint(2, 6)))


def text_article(rng, i):
    out = [f"Article {i}: {sentence(rng)[:-1]}", ""]
    for _ in range(rng.randint(6, 14)):
        out += [paragraph(rng), ""]
    out += ["A section heading about the inquiry", ""]
    for k in range(1, 4):
        out += [f"{k}. {sentence(rng)}", ""]
    for _ in range(rng.randint(3, 8)):
        out += [paragraph(rng), ""]
    out += ["Image credit: Jane Doe via Wikimedia CommonsCC BY-SA 4.0.", ""]
    return "\n".join(out)


def markdown_article(rng, i):
    out = [f"# Article {i}: {sentence(rng)[:-1]}", ""]
    for s in range(rng.randint(2, 4)):
        out += [f"## Section {s + 1}", ""]
        for _ in range(rng.randint(3, 6)):
            out += [paragraph(rng).replace("court", "*court*").replace("law", "**law**"), ""]
        out += ["- " + sentence(rng) for _ in range(3)] + [""]
        out += ["> " + sentence(rng), ""]
    return "\n".join(out)


def main():
    n, outdir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20201)
    for i in range(n):
        if i % 2:
            name, body = f"{i:05d}.md", markdown_article(rng, i)
        else:
            name, body = f"{i:05d}.txt", text_article(rng, i)
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(outdir, "book.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Benchmark corpus\nlang: en\nauthor: galley bench\ndate: 2020-08-05\n")


if __name__ == "__main__":
    main()
