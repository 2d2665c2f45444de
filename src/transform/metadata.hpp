#pragma once

#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <string>
#include <vector>

namespace galley::transform {

// Fills what the package needs and the user did not give: the title (from
// the first article), the language ("en"), and a stable identifier
// ("urn:uuid:" + a UUID v5 of title, authors and text, never random).
// The articles' text is gathered on `threads` threads, one article at a
// time, and hashed in order.
void complete_metadata(model::Book& book, model::Diagnostics& diags, unsigned threads = 1);

// book.yaml's `files:` entries (paths relative to `metadata_file`'s folder)
// set the source_name and url of the articles read from those files, as the
// articles' own front matter does; the editor's book.yaml wins over the
// file (a replaced value is a note). An entry naming no input is a warning
// at its line.
void apply_file_metadata(const model::Metadata& meta, const std::string& metadata_file,
                         std::vector<model::Article>& articles, model::Diagnostics& diags);

} // namespace galley::transform
