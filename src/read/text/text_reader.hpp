#pragma once
// The plain-text reader: recovers an article's structure from text copied or
// scraped from the web, and says what it guessed.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

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
};

// Reads one article:
// - YAML front matter (`---` ... `---`), if any, gives the title, subtitle,
//   author, date, description and lang (read/metadata_reader.hpp; invalid
//   YAML throws model::Error naming file:line);
// - otherwise the first non-empty line is the title (a `===`/`---`
//   underline below it is dropped);
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
