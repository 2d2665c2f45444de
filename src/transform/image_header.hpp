#pragma once
// Reading an image's header without decoding it: its size in pixels, and
// whether the file is whole (a truncated JPEG, PNG or GIF fails epubcheck and
// shows broken in readers).

#include <cstdint>
#include <string>
#include <string_view>

namespace galley::transform {

struct ImageHeader {
    std::uint32_t width = 0, height = 0;
    std::string problem; // empty when the file is a whole image of that size
};

// `media_type` as sniffed ("image/jpeg", "image/png", "image/gif"); other
// types are not inspected (an empty problem, 0 × 0). Linear in the size of
// `bytes`; never reads past them.
ImageHeader read_image_header(std::string_view bytes, std::string_view media_type);

} // namespace galley::transform
