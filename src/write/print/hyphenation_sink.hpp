#pragma once
// Hyphenation in print, where CSS cannot say what we want.
//
// 1. Proper names are never hyphenated ("Kar-bala"). CSS cannot say "not
//    capitalised words" in any renderer, so a word of body text that starts
//    with a capital letter and is long enough to be hyphenated at all (six
//    letters, print.css's hyphenate-limit-chars) is wrapped in
//    <span class="cap">, which print.css sets `hyphens: manual`. A
//    sentence's first word is kept whole too: the cost is a few fewer
//    hyphenation points. Not in German or Luxembourgish text, where every
//    noun is capitalised and long compounds need hyphenation most.
//
// 2. Never more than two hyphenated lines in a row. No renderer supports
//    `hyphenate-limit-lines`, so the PDF is laid out, the lines read back,
//    and the third word of each run kept whole in the next layout
//    (pipeline/hyphenation.cpp). The words that may be hyphenated (six
//    letters or more, not kept whole by rule 1) are the candidates, numbered
//    in document order from 0, and so are the block-level elements. With
//    `measure`, candidate N in block B is written as
//    <span id="hy-N-B">word</span><span id="hz-N-B"></span>: WeasyPrint
//    makes a named destination of each id, so the PDF says on which line the
//    word starts and on which it ends. A candidate listed in `keep` is
//    written <span class="keep">word</span>, which print.css also sets
//    `hyphens: manual`. A run of hyphenated lines lies within one block, and
//    a word kept whole changes the lines of its block only, so a layout after
//    the first needs to measure only the blocks where words were kept.
//
// Headings (never hyphenated), links and code (not hyphenated at all), and
// anything outside <body> are left alone.
//
// The sink sits below the page-list's WordIdSink, which hands it one word
// per text() call: the words it counts are the same with or without it.

#include "write/markup_sink.hpp"
#include "write/print/pdf_pages.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace galley::write::print {

struct HyphenationMarks {
    // Mark the candidates' start and end for measuring.
    bool measure = false;
    // Measure only the candidates in these blocks (ascending); all when empty.
    std::vector<std::size_t> blocks;
    // Candidates kept whole, by number, ascending.
    std::vector<std::size_t> keep;
};

// A candidate, by number, and the block it is in.
struct Candidate {
    std::size_t number = 0;
    std::size_t block = 0;
    bool operator==(const Candidate&) const = default;
};

class HyphenationSink : public MarkupSink {
  public:
    HyphenationSink(MarkupSink& inner, const HyphenationMarks& marks)
        : inner_(inner), marks_(marks) {}

    void open(const char* name, bool inline_level = false) override;
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override;
    void close() override;

  private:
    struct Open {
        bool guard;        // body text, where words are marked
        std::string lang;  // as the nearest lang attribute says
        std::size_t block; // the innermost block-level element's number
    };
    void candidate(std::string_view word);
    MarkupSink& inner_;
    const HyphenationMarks& marks_;
    std::vector<Open> stack_;
    std::size_t candidates_ = 0; // candidates seen so far
    std::size_t blocks_ = 0;     // block-level elements opened so far
    std::size_t next_keep_ = 0;  // index into marks_.keep
};

// True when the code point is an upper-case (or title-case) letter of the
// Latin, Greek or Cyrillic script.
bool is_capital(char32_t c);

// From the destinations of a PDF laid out with `measure`: the candidates
// that are the third hyphenated line of a run (a candidate is hyphenated
// when its start and end are on different lines; two hyphenated lines
// follow each other when one ends on the line where the other starts).
// By ascending number.
std::vector<Candidate>
third_hyphenated_lines(const std::map<std::string, Destination>& destinations);

// True for the ids the measuring marks give ("hy-N-B", "hz-N-B").
bool is_measuring_id(std::string_view id);

} // namespace galley::write::print
