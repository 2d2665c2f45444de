#pragma once
// The plain-text reader: recovers an article's structure from text copied or
// scraped from the web.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

namespace galley::read {

// Reads one article. The first non-empty line is the title; blank lines
// separate paragraphs; runs of white space collapse to one space. Never
// throws on content: odd input becomes diagnostics.
model::Article read_text(const SourceText& src, model::Diagnostics& diags);

} // namespace galley::read
