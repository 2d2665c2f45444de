#include "transform/image_header.hpp"

#include <catch2/catch.hpp>

using galley::transform::read_image_header;

namespace {

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

// A PNG header declaring `w` x `h` (the CRCs are not checked here).
std::string png(std::uint32_t w, std::uint32_t h, bool whole = true) {
    std::string s("\x89PNG\r\n\x1A\n", 8);
    s += be32(13) + "IHDR" + be32(w) + be32(h) + std::string("\x08\x02\0\0\0", 5) + be32(0);
    if (whole) s += be32(0) + "IEND" + be32(0xAE426082);
    return s;
}

} // namespace

TEST_CASE("image headers give the size and catch truncated files", "[transform][image]") {
    auto h = read_image_header(png(50000, 40000), "image/png");
    CHECK(h.problem.empty());
    CHECK(h.width == 50000);
    CHECK(h.height == 40000);
    CHECK(read_image_header(png(3, 3, false), "image/png").problem == "a truncated PNG file (it does not end with IEND)");
    CHECK(read_image_header(png(0, 3), "image/png").problem == "a PNG image of no pixels");
    CHECK_FALSE(read_image_header(std::string("\x89PNG\r\n\x1A\n", 8), "image/png").problem.empty());

    const std::string gif("GIF89a\x02\0\x03\0\x80\0\0;", 14);
    h = read_image_header(gif, "image/gif");
    CHECK(h.problem.empty());
    CHECK(h.width == 2);
    CHECK(h.height == 3);
    CHECK(read_image_header(gif.substr(0, 13), "image/gif").problem.find("truncated GIF") != std::string::npos);

    const std::string jpeg("\xFF\xD8\xFF\xE0\0\x04\0\0\xFF\xC0\0\x0B\x08\0\x07\0\x05\x01\x01\x11\0\xFF\xD9", 23);
    h = read_image_header(jpeg, "image/jpeg");
    CHECK(h.problem.empty());
    CHECK(h.width == 5);
    CHECK(h.height == 7);
    CHECK(read_image_header(jpeg.substr(0, 21), "image/jpeg").problem.find("truncated JPEG") != std::string::npos);
    CHECK(read_image_header(jpeg.substr(0, 10), "image/jpeg").problem.find("JPEG") != std::string::npos);
    // Every cut-short file is caught, without reading past its end.
    for (std::size_t n = 0; n < jpeg.size(); ++n)
        CHECK_FALSE(read_image_header(jpeg.substr(0, n), "image/jpeg").problem.empty());
    for (std::size_t n = 0; n < png(1, 1).size(); ++n)
        CHECK_FALSE(read_image_header(png(1, 1).substr(0, n), "image/png").problem.empty());
}
