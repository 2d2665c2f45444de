#pragma once
// The Markdown reader: the one file that includes cmark-gfm.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

namespace galley::read {

// Parses GitHub Flavored Markdown (cmark-gfm: CommonMark, without its smart
// punctuation, plus tables, footnotes, strikethrough, autolinks and task
// lists) into an article. Footnote definitions become Article::notes (label
// as written), references NoteRef inlines; a `[^label]` with no definition
// is a NoteRef too, which numbering reports.
// An optional YAML front matter block between `---` lines at the top sets the
// article's metadata (see read_front_matter). Without a title there, the
// first level-1 heading is the title (the first line of text when there is
// none); the remaining headings keep their rank below it (level 2..6).
// Images with local paths become Image inlines (src as written, relative to
// the file); remote ones become links, with a warning. Raw HTML is never
// passed through: a safe subset (em, strong, a href, img, figure, ...) is
// mapped onto the model, script-like elements are dropped with their content,
// anything else is kept as text, each with a warning. Nesting deeper than a
// fixed cap is flattened into the deepest allowed container, with a warning.
// Throws model::Error naming file:line for malformed front matter.
model::Article read_markdown(const SourceText& src, model::Diagnostics& diags);

} // namespace galley::read
