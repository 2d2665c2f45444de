#pragma once
// Ties credits to the images they credit: lead images become a figure at the
// top of their article with the credit as caption; figures of credited
// images get the credit as caption when they have none. Reports embedded
// images without a credit and BY-family licences without a named creator.
// Runs after embed_images (credit subjects are asset hrefs by then).

#include "model/book.hpp"
#include "model/diagnostic.hpp"

namespace galley::transform {

// The credit for the asset `href` in `book` (article credits first when
// `article` is given: its lead-image credit covers its lead image), or null.
const model::Credit* credit_for(const model::Book& book, const model::Article* article,
                                const std::string& href);

void place_credits(model::Book& book, model::Diagnostics& diags);

} // namespace galley::transform
