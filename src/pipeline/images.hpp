#pragma once
// The image steps between the transforms and the writers (image/raster.hpp
// does the pixels).

#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <string>

namespace galley::pipeline {

// Every PNG or JPEG asset whose long side is more than `max_side` pixels is
// scaled down to it, in its own format; a note names each one with both
// sizes. 0 leaves every image as it is.
void limit_image_size(model::Book& book, int max_side, model::Diagnostics& diags);

// The generated cover (a book without a `cover:` image) drawn as a PNG of
// 1200 x 1800 pixels, for readers and stores that show no SVG cover; empty
// when the book has a cover image of its own.
std::string generated_cover_png(const model::Book& book);

} // namespace galley::pipeline
