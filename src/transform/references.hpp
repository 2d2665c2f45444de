#pragma once

#include "model/book.hpp"

namespace galley::transform {

// A references list written as paragraphs, as scraped text and Markdown
// write one: a heading named "References", "Notes", "Sources",
// "Bibliography" (or their fr/de/es/it/fa/ar forms) followed by two or more
// paragraphs that each begin with an entry marker (`[1]`, `1.`, `(1)`,
// `1)`), and nothing else up to the next heading of that level or higher.
// Those paragraphs get the role "references", which the writers print as a
// hanging-indent list (the marker flush, the entry's lines indented). A
// list under such a heading gets the role too. Entries the notes reader
// matched with their markers are notes already and are not here. Walks the
// top-level blocks of every article once.
void mark_references(model::Book& book);

} // namespace galley::transform
