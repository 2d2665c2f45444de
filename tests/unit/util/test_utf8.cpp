#include "util/utf8.hpp"

#include <catch2/catch.hpp>

using namespace galley::util;

TEST_CASE("UTF-8 validation rejects malformed sequences", "[util][utf8]") {
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
    CHECK(is_valid_utf8("\xEF\xBF\xBD"));           // a real U+FFFD is fine
    CHECK_FALSE(is_valid_utf8("\xC3"));             // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // > U+10FFFF
    CHECK_FALSE(is_valid_utf8("caf\xE9"));          // Latin-1
}

TEST_CASE("Windows-1252 decodes smart quotes and Latin-1", "[util][utf8]") {
    CHECK(cp1252_to_utf8("\x93hi\x94 caf\xE9 \x80") ==
          "\xE2\x80\x9Chi\xE2\x80\x9D caf\xC3\xA9 \xE2\x82\xAC");
}

TEST_CASE("UTF-16 decodes both byte orders and surrogate pairs", "[util][utf8]") {
    CHECK(utf16_to_utf8(std::string("h\0i\0", 4), false) == "hi");
    CHECK(utf16_to_utf8(std::string("\0h\0i", 4), true) == "hi");
    // U+1F600 as D83D DE00, little-endian
    CHECK(utf16_to_utf8(std::string("\x3D\xD8\x00\xDE", 4), false) == "\xF0\x9F\x98\x80");
    // an unpaired surrogate and an odd trailing byte become U+FFFD
    CHECK(utf16_to_utf8(std::string("\x3D\xD8x", 3), false) == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("xml_safe replaces what XML 1.0 cannot carry", "[util][utf8]") {
    std::size_t n = 0;
    CHECK(xml_safe("a\x01"
                   "b\tc\n",
                   &n) == "a\xEF\xBF\xBD"
                          "b\tc\n");
    CHECK(n == 1);
    CHECK(xml_safe("\xFF\xEF\xBF\xBE", &n) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(n == 2);
    CHECK(xml_safe("ok \xE2\x80\x94 fine", &n) == "ok \xE2\x80\x94 fine");
    CHECK(n == 0);
}

TEST_CASE("every byte sequence decodes without overrun", "[util][utf8]") {
    // All two-byte strings: each must decode, advancing at least one byte.
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            const std::string s{static_cast<char>(a), static_cast<char>(b)};
            std::size_t i = 0;
            int steps = 0;
            while (i < s.size()) {
                next_code_point(s, i);
                ++steps;
            }
            REQUIRE(i == s.size());
            REQUIRE(steps >= 1);
        }
    }
    CHECK(length("a\xC3\xA9\xFF") == 3);
}
