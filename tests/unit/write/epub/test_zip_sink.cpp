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

namespace {
// Reads entry `index` of the archive in `bytes` back through libzip, which
// checks its CRC while reading. `st` is its stat, but for the name, which
// dies with the archive: that goes to `name`.
std::string read_entry(const std::string& bytes, zip_uint64_t index, zip_stat_t& st,
                       std::string* name = nullptr) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    REQUIRE(src);
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    REQUIRE(za);
    REQUIRE(zip_stat_index(za, index, 0, &st) == 0);
    if (name) *name = st.name;
    st.name = nullptr;
    zip_file_t* f = zip_fopen_index(za, index, 0);
    REQUIRE(f);
    std::string out(st.size, '\0');
    const zip_int64_t n = zip_fread(f, out.data(), st.size);
    char extra;
    const zip_int64_t past_end = zip_fread(f, &extra, 1); // reaching the end checks the CRC
    CHECK(zip_fclose(f) == 0);
    zip_close(za);
    CHECK(n == static_cast<zip_int64_t>(st.size));
    CHECK(past_end == 0);
    return out;
}

// Text that compresses, but not to nothing: varied words.
std::string sample_text(std::size_t words) {
    std::string s;
    for (std::size_t i = 0; i < words; ++i)
        s += "word" + std::to_string(i * 7919 % 1000) + (i % 13 == 0 ? ".\n" : " ");
    return s;
}
} // namespace

TEST_CASE("zip: a prepared (deflated) entry reads back as the same bytes", "[write][zip]") {
    const std::string text = sample_text(20000);
    ZipSink zip(1596585600);
    zip.add(PackagePath("mimetype"), "application/epub+zip", false);
    galley::write::epub::PreparedEntry e = zip.prepare(text, true);
    CHECK(e.deflated);
    CHECK(e.size == text.size());
    CHECK(e.bytes.size() < text.size() / 2);
    zip.add_prepared(PackagePath("EPUB/text.xhtml"), std::move(e));
    const std::string bytes = zip.finish();

    zip_stat_t st;
    std::string name;
    CHECK(read_entry(bytes, 1, st, &name) == text);
    CHECK(st.comp_method == ZIP_CM_DEFLATE);
    CHECK(name == "EPUB/text.xhtml");
}

TEST_CASE("zip: an entry that deflate cannot shrink is stored", "[write][zip]") {
    std::string noise;
    std::uint32_t x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1664525u + 1013904223u; // a linear congruential generator
        noise += static_cast<char>(x >> 24);
    }
    ZipSink zip(1596585600);
    const galley::write::epub::PreparedEntry e = zip.prepare(noise, true);
    CHECK_FALSE(e.deflated);
    CHECK(e.bytes == noise);
    zip.add_prepared(PackagePath("EPUB/images/x.bin"), e);
    const std::string bytes = zip.finish();
    zip_stat_t st;
    CHECK(read_entry(bytes, 0, st) == noise);
    CHECK(st.comp_method == ZIP_CM_STORE);
}
