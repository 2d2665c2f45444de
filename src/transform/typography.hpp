#pragma once
// Smart punctuation, applied to every article whatever its reader: curly
// quotes and apostrophes in the article's language, ellipses, dashes and
// number ranges. Text in Code and Keyboard inlines and in code blocks is
// never touched; characters already typographic stay as they are.

#include "model/book.hpp"

#include <string>
#include <string_view>

namespace galley::transform {

enum class DashStyle {
    Em,       // " -- " and " - " between words become an em dash (unspaced in English)
    SpacedEn, // ... become a spaced en dash " – "
};

struct TypographyOptions {
    DashStyle dashes = DashStyle::Em;
};

// Smartens titles, subtitles, headings, paragraphs, list items, quotes and
// captions of every article in its language (model::article_lang), and the
// book's title and subtitle in the book's language. Quotes are matched per
// block, across inline elements ("<em>word</em>" gets both quotes curled).
// Languages: English (the default for any other) “ ” ‘ ’; French « » with
// no-break spaces inside (and before : ; ! ?); German „ “ ‚ ‘; Swiss German
// « » ‹ ›; Russian and Ukrainian « » „ “; Italian and Spanish « » “ ”;
// Persian, Arabic, Urdu and Pashto « » ‹ ›. Apostrophes are ’ everywhere.
// Articles are smartened on `threads` threads.
void apply_typography(model::Book& book, const TypographyOptions& options = {},
                      unsigned threads = 1);

// The same rules on one run of text (a title), in language `lang`.
std::string smarten(std::string_view text, std::string_view lang,
                    const TypographyOptions& options = {});

} // namespace galley::transform
