#pragma once
// Notes in plain text, as a careful editor reads them: markers in the text
// (`[1]`, `¹`, `(1)`) and a trailing block headed "Notes", "References",
// "Sources", "Endnotes" or "Footnotes" (or their French, German, Persian and
// Arabic forms) holding numbered entries (`1.`, `[1]`, `(1)`, `1)`, `¹`).
// Internal to the plain-text reader; exposed for its tests.

#include "model/article.hpp"
#include "model/diagnostic.hpp"

#include <string>

namespace galley::read::text {

// When the markers of one style and the entries match one to one (each
// entry cited, no marker past the last entry, first citations in order),
// the markers become NoteRef inlines, the entries `notes` (labels "1", "2",
// ...) and the heading and entries leave `blocks`; a note says so.
// Otherwise nothing changes and a note (shown by --inspect) says why.
// Markers inside block quotes and code are the quoted text's own, never
// counted. Linear in the blocks' size.
void link_notes(model::Blocks& blocks, std::vector<model::Note>& notes, const std::string& path,
                model::Diagnostics& diags);

} // namespace galley::read::text
