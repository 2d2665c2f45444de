#pragma once
// The Markdown reader: the one file that includes cmark.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

namespace galley::read {

// Parses CommonMark into an article. The first level-1 heading is the title
// (the first line of text when there is none); the remaining headings keep
// their rank below it (level 2..6). Raw HTML is never passed through: it is
// kept as visible text and reported. Nesting deeper than a fixed cap is
// flattened into the deepest allowed container, with a warning.
model::Article read_markdown(const SourceText& src, model::Diagnostics& diags);

} // namespace galley::read
