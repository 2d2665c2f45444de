#include "transform/all.hpp"

#include "transform/credits.hpp"
#include "transform/figures.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "transform/notes.hpp"
#include "transform/references.hpp"

namespace galley::transform {

void apply_transforms(model::Book& book, const TypographyOptions& typography,
                      model::Diagnostics& diags, unsigned threads) {
    complete_metadata(book, diags, threads);
    apply_typography(book, typography, threads);
    shape_figures(book, diags, threads);
    number_notes(book, diags);
    mark_references(book);
    assign_ids(book);
    place_credits(book, diags);
}

} // namespace galley::transform
