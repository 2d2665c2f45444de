#include "pipeline/images.hpp"

#include "image/raster.hpp"
#include "transform/image_header.hpp"
#include "write/epub/epub_writer.hpp"

#include <algorithm>

namespace galley::pipeline {

void limit_image_size(model::Book& book, int max_side, model::Diagnostics& diags) {
    if (max_side <= 0) return;
    for (model::Asset& a : book.assets) {
        // The header says whether it is worth decoding at all.
        const transform::ImageHeader header = transform::read_image_header(a.data, a.media_type);
        if (std::max(header.width, header.height) <= static_cast<std::uint32_t>(max_side)) continue;
        const auto scaled = image::downscale(a.data, a.media_type, max_side);
        if (!scaled) continue;
        diags.note({a.source, 0}, "image scaled down from " + std::to_string(header.width) + "x" +
                                      std::to_string(header.height) + " to " +
                                      std::to_string(scaled->width) + "x" +
                                      std::to_string(scaled->height) + " pixels (--max-image-size " +
                                      std::to_string(max_side) + ")");
        a.data = scaled->data;
    }
}

std::string generated_cover_png(const model::Book& book) {
    if (std::any_of(book.assets.begin(), book.assets.end(),
                    [](const model::Asset& a) { return a.cover; }))
        return {};
    const auto png = image::render_svg_png(write::epub::generated_cover_svg(book), 1200, 1800);
    return png ? png->data : std::string();
}

} // namespace galley::pipeline
