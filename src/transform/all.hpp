#pragma once
// The transforms after images are embedded, in the one order every caller
// (the pipeline, the fuzz targets) must use: later ones rely on earlier ones
// (ids are assigned after figures are shaped and notes numbered).

#include "model/book.hpp"
#include "model/diagnostic.hpp"
#include "transform/typography.hpp"

namespace galley::transform {

// complete_metadata, apply_typography, shape_figures, number_notes,
// assign_ids, place_credits.
// The per-article parts run on `threads` threads; the result does not
// depend on how many.
void apply_transforms(model::Book& book, const TypographyOptions& typography,
                      model::Diagnostics& diags, unsigned threads = 1);

} // namespace galley::transform
