#pragma once
// The plain-text reader: recovers an article's structure from text copied or
// scraped from the web, and says what it guessed.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/source_text.hpp"
#include "read/text/heading_shapes.hpp"

#include <string>
#include <vector>

namespace galley::read {

struct TextOptions {
    // Paragraphs matching one of these patterns are removed, each removal
    // reported as a note (syntax: read/boilerplate.hpp matches_strip_pattern).
    std::vector<std::string> strip;
};

// What the reader guessed beyond what the article itself shows (for
// `galley --inspect`).
struct TextReport {
    std::string paragraph_style; // "blank-line separated", "hard-wrapped at 72 columns ..."
    int title_line = 0;
    int stripped = 0; // paragraphs removed by `strip` patterns
    int subtitle_line = 0;
    // The title line as written, when it was in capitals and was title-cased
    // (empty otherwise).
    std::string title_as_written;
    // The text's own contents list, removed: its entries (0: none).
    std::size_t contents_entries = 0;
    // Every heading the reader decided, with the rule that fired.
    std::vector<text::HeadingDecision> headings;
    std::size_t emphasis = 0; // `_word_` / `*word*` spans made emphasis
    std::size_t links = 0; // bare web addresses made links
    int byline_line = 0; // the byline under the title, taken as authors, date, source (0: none)
};

// Reads one article:
// - YAML front matter (`---` ... `---`), if any, gives the title, subtitle,
//   author, date, description and lang (read/metadata_reader.hpp; invalid
//   YAML throws model::Error naming file:line);
// - otherwise the first non-empty line is the title (a `===`/`---`
//   underline below it is dropped); a title ending in `;` or `:` followed by
//   a line starting `or,` / `or the` / a lower-case word gives the subtitle;
// - the text's own contents list is removed (a note says so) and its
//   entries confirm headings (read/text/contents_list.hpp);
// - headings by the shape siblings share (read/text/heading_shapes.hpp);
// - `_word_` and `*word*` become emphasis (read/text/emphasis.hpp);
// - paragraphs: blank-line separated, hard-wrapped (unwrapped) or one line
//   per paragraph, guessed from the whole file; spaces collapse;
// - lists, block quotes (`>`), scene breaks, headings (read/text_blocks.hpp,
//   read/heading_rules.hpp);
// - credit lines among the first two or the last paragraphs go to
//   Article::credits (read/credit_line.hpp);
// - scraper leftovers are reported (`looks like page boilerplate`) or, when
//   they match a strip pattern, removed and reported.
// Apart from invalid front matter, never throws on content: odd input
// becomes diagnostics. Linear time.
model::Article read_text(const SourceText& src, const TextOptions& options,
                         model::Diagnostics& diags, TextReport* report = nullptr);

inline model::Article read_text(const SourceText& src, model::Diagnostics& diags) {
    return read_text(src, TextOptions{}, diags);
}

} // namespace galley::read
