#pragma once

#include "model/book.hpp"
#include "model/diagnostic.hpp"

namespace galley::transform {

// Fills what the package needs and the user did not give: the title (from
// the first article), the language ("en"), and a stable identifier
// ("urn:uuid:" + a UUID v5 of title, authors and text, never random).
void complete_metadata(model::Book& book, model::Diagnostics& diags);

} // namespace galley::transform
