#include "transform/image_header.hpp"

namespace galley::transform {

namespace {

std::uint32_t be16(std::string_view b, std::size_t at) {
    return (std::uint32_t(static_cast<unsigned char>(b[at])) << 8) |
           static_cast<unsigned char>(b[at + 1]);
}

std::uint32_t be32(std::string_view b, std::size_t at) {
    return (be16(b, at) << 16) | be16(b, at + 2);
}

std::uint32_t le16(std::string_view b, std::size_t at) {
    return (std::uint32_t(static_cast<unsigned char>(b[at + 1])) << 8) |
           static_cast<unsigned char>(b[at]);
}

// PNG: the IHDR chunk first, IEND last.
ImageHeader png(std::string_view b) {
    ImageHeader h;
    if (b.size() < 8 + 25 || be32(b, 8) != 13 || b.substr(12, 4) != "IHDR") {
        h.problem = "a PNG file without its header (truncated?)";
        return h;
    }
    h.width = be32(b, 16);
    h.height = be32(b, 20);
    if (h.width == 0 || h.height == 0) h.problem = "a PNG image of no pixels";
    else if (b.size() < 8 + 25 + 12 || b.substr(b.size() - 12 + 4, 4) != "IEND")
        h.problem = "a truncated PNG file (it does not end with IEND)";
    return h;
}

// GIF: the logical screen size, then blocks up to the trailer byte 0x3B.
ImageHeader gif(std::string_view b) {
    ImageHeader h;
    if (b.size() < 13) {
        h.problem = "a GIF file without its header (truncated?)";
        return h;
    }
    h.width = le16(b, 6);
    h.height = le16(b, 8);
    if (h.width == 0 || h.height == 0) h.problem = "a GIF image of no pixels";
    else if (b.back() != '\x3B') h.problem = "a truncated GIF file (it does not end with its trailer)";
    return h;
}

// JPEG: segments up to a start-of-frame marker, which holds the size; the
// file ends with the end-of-image marker (possibly followed by padding).
ImageHeader jpeg(std::string_view b) {
    ImageHeader h;
    std::size_t i = 2;
    while (true) {
        while (i < b.size() && b[i] == '\xFF' && i + 1 < b.size() && b[i + 1] == '\xFF') ++i;
        if (i + 4 > b.size() || b[i] != '\xFF') {
            h.problem = "a JPEG file without a frame header (truncated?)";
            return h;
        }
        const auto marker = static_cast<unsigned char>(b[i + 1]);
        const std::uint32_t len = be16(b, i + 2);
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                         marker != 0xCC;
        if (sof) {
            if (i + 9 > b.size()) {
                h.problem = "a truncated JPEG file";
                return h;
            }
            h.height = be16(b, i + 5);
            h.width = be16(b, i + 7);
            break;
        }
        if (len < 2) {
            h.problem = "a JPEG file with a broken segment";
            return h;
        }
        i += 2 + len;
    }
    if (h.width == 0 || h.height == 0) {
        h.problem = "a JPEG image of no pixels";
        return h;
    }
    // The end-of-image marker, allowing for padding after it.
    const std::size_t tail = b.size() > 1024 ? b.size() - 1024 : 0;
    if (b.rfind("\xFF\xD9", std::string_view::npos) == std::string_view::npos ||
        b.rfind("\xFF\xD9") < tail)
        h.problem = "a truncated JPEG file (it does not end with its end-of-image marker)";
    return h;
}

} // namespace

ImageHeader read_image_header(std::string_view bytes, std::string_view media_type) {
    if (media_type == "image/png") return png(bytes);
    if (media_type == "image/gif") return gif(bytes);
    if (media_type == "image/jpeg") return jpeg(bytes);
    return {};
}

} // namespace galley::transform
