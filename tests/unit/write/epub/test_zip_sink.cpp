#include "write/epub/zip_sink.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <memory>

using galley::write::epub::PackagePath;
using galley::write::epub::ZipSink;

namespace {
std::string build(long long epoch) {
    ZipSink zip(epoch);
    zip.add(PackagePath("mimetype"), "application/epub+zip", false);
    zip.add(PackagePath("EPUB/a.xhtml"), std::string(5000, 'a'), true);
    return zip.finish();
}
} // namespace

TEST_CASE("zip: entries in order, mimetype stored without extra field", "[write][zip]") {
    const std::string bytes = build(1596585600);
    // Local file header of the first entry: signature, then the name at 30.
    REQUIRE(bytes.size() > 38);
    CHECK(bytes.substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK(bytes.substr(30, 8) == "mimetype");
    CHECK(bytes.substr(38, 20) == "application/epub+zip");
    const auto extra_len =
        static_cast<unsigned char>(bytes[28]) | (static_cast<unsigned char>(bytes[29]) << 8);
    CHECK(extra_len == 0);

    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    REQUIRE(src);
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
    REQUIRE(za);
    CHECK(zip_get_num_entries(za, 0) == 2);
    CHECK(std::string(zip_get_name(za, 0, 0)) == "mimetype");
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, 0, 0, &st) == 0);
    CHECK(st.comp_method == ZIP_CM_STORE);
    REQUIRE(zip_stat_index(za, 1, 0, &st) == 0);
    CHECK(st.comp_method == ZIP_CM_DEFLATE);
    CHECK(st.size == 5000);
    CHECK(st.comp_size < 200);
    zip_close(za);
}

TEST_CASE("zip: same input and epoch give the same bytes", "[write][zip]") {
    CHECK(build(1596585600) == build(1596585600));
    CHECK(build(1596585600) != build(1596585600 + 3600));
}
