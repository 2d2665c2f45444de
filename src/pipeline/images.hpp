#pragma once
// The image steps between the transforms and the writers (image/raster.hpp
// does the pixels).

#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace galley::pipeline {

// Every PNG or JPEG asset whose long side is more than `max_side` pixels is
// scaled down to it, in its own format (--downscale-images); a note names
// each one with both sizes. 0 leaves every image as it is.
void limit_image_size(model::Book& book, int max_side, model::Diagnostics& diags);

// A warning for every image (after any scaling) larger than `max_bytes`
// (--max-image-size), at the first place an article uses it (else its file);
// 0: none. `downscale` is the --downscale-images in effect, for the hint.
void warn_large_images(const model::Book& book, std::uint64_t max_bytes, int downscale,
                       model::Diagnostics& diags);

// "2MB", "500KB", "1.5 MiB", "2000000": a size in bytes (KB and KiB alike
// are 1024, MB and MiB 1024^2, GB 1024^3; case-insensitive); nullopt when it
// is none of these.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// 13.2 MB, 500 KB, 812 bytes: for messages.
std::string format_byte_size(std::uint64_t bytes);

// The generated cover (a book without a `cover:` image) drawn as a PNG of
// 1200 x 1800 pixels, for readers and stores that show no SVG cover; empty
// when the book has a cover image of its own.
std::string generated_cover_png(const model::Book& book);

} // namespace galley::pipeline
