#pragma once
// Raster images: scaling photographs down and drawing SVG as pixels. The one
// place for gdk-pixbuf, librsvg and cairo (as cmark-gfm lives in the
// Markdown reader): the pipeline calls these between the transforms and the
// writers, which only see bytes.

#include <optional>
#include <string>
#include <string_view>

namespace galley::image {

struct Raster {
    std::string data; // PNG or JPEG bytes, as asked
    int width = 0;
    int height = 0;
};

// The pixel size of a PNG or JPEG image; nullopt when the bytes do not
// decode.
std::optional<Raster> size_of(std::string_view bytes);

// `bytes` (image/png or image/jpeg, given by `media_type`) scaled so that
// its long side is `max_side` pixels, in the same format (JPEG at quality
// 88). nullopt when the image is not larger than that, is another type, or
// does not decode. Deterministic: the same bytes give the same bytes.
std::optional<Raster> downscale(std::string_view bytes, std::string_view media_type, int max_side);

// An SVG document drawn as a PNG of `width` by `height` pixels (the
// drawing scaled to fit, centred). nullopt when librsvg cannot read it.
std::optional<Raster> render_svg_png(std::string_view svg, int width, int height);

} // namespace galley::image
