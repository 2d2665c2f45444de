#include "read/source_text.hpp"

#include <catch2/catch.hpp>

using namespace galley;

namespace {
read::SourceText decode(std::string_view bytes, model::Diagnostics& d) {
    return read::decode_source(bytes, "in.txt", d);
}
} // namespace

TEST_CASE("UTF-8 with BOM and CRLF/CR line endings", "[read][decode]") {
    model::Diagnostics d;
    const auto src = decode("\xEF\xBB\xBFTitle\r\n\r\nBody\rmore", d);
    CHECK(src.text == "Title\n\nBody\nmore");
    CHECK(src.encoding == "UTF-8 (BOM)");
    CHECK(d.all().empty());
}

TEST_CASE("UTF-16 with BOM", "[read][decode]") {
    model::Diagnostics d;
    const auto le = decode(std::string("\xFF\xFEH\0i\0\r\0\n\0", 10), d);
    CHECK(le.text == "Hi\n");
    CHECK(le.encoding == "UTF-16LE");
    const auto be = decode(std::string("\xFE\xFF\0H\0i", 6), d);
    CHECK(be.text == "Hi");
    CHECK(be.encoding == "UTF-16BE");
}

TEST_CASE("invalid UTF-8 decodes as Windows-1252 with one warning", "[read][decode]") {
    model::Diagnostics d;
    const auto src = decode("\x93Quoted\x94 caf\xE9", d);
    CHECK(src.text == "\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9");
    CHECK(src.encoding == "Windows-1252");
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() == "in.txt: warning: not valid UTF-8; decoded as Windows-1252");
}

TEST_CASE("NUL bytes are an error naming file and line", "[read][decode]") {
    model::Diagnostics d;
    try {
        decode(std::string("line one\nline two\0", 18), d);
        FAIL("expected an error");
    } catch (const model::Error& e) {
        CHECK(std::string(e.what()).rfind("in.txt:2: error: binary data", 0) == 0);
    }
}

TEST_CASE("control characters become U+FFFD with a warning", "[read][decode]") {
    model::Diagnostics d;
    const auto src = decode("ok\nbad\x07here\n", d);
    CHECK(src.text == "ok\nbad\xEF\xBF\xBDhere\n");
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].pos.line == 2);
}
