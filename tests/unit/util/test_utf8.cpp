#include "util/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

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

namespace {

// xml_safe's rule, one code point at a time: the reference its faster scan
// must agree with.
std::string xml_safe_reference(std::string_view s, std::size_t& count) {
    std::string out;
    count = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t before = i;
        const char32_t cp = galley::util::next_code_point(s, i);
        const bool malformed = cp == 0xFFFD && i - before == 1;
        const bool forbidden = cp < 0x20 ? !(cp == 9 || cp == 10 || cp == 13)
                                         : (cp == 0xFFFE || cp == 0xFFFF);
        if (malformed || forbidden) {
            out += "\xEF\xBF\xBD";
            ++count;
        } else {
            out.append(s.substr(before, i - before));
        }
    }
    return out;
}

} // namespace

TEST_CASE("xml_safe agrees with the code-point rule on random bytes", "[util][utf8]") {
    std::mt19937 rng(20261202);
    // Bytes weighted towards the interesting ones: ASCII, controls, lead and
    // continuation bytes, and the pieces of U+FFFE/U+FFFF.
    const std::string alphabet = std::string("aZ \t\n\r\x01\x1F\x7F\x80\xBF\xC2\xDF\xE0\xEF\xF0\xF4\xF5\xFF\xBE", 20) + '\0';
    // Mostly printable ASCII, so that long clean runs (read eight bytes at a
    // time) meet a bad byte at every offset.
    const std::string mostly_text = "the quick brown fox, JUMPS! ~{}" + alphabet;
    for (int round = 0; round < 20000; ++round) {
        const std::string& from = round % 2 ? alphabet : mostly_text;
        std::string s;
        const int len = static_cast<int>(rng() % (round % 2 ? 24 : 80));
        for (int k = 0; k < len; ++k)
            s += from[rng() % from.size()];
        std::size_t expected_count = 0, count = 0;
        const std::string expected = xml_safe_reference(s, expected_count);
        REQUIRE(xml_safe(s, &count) == expected);
        REQUIRE(count == expected_count);
        REQUIRE((first_xml_unsafe(s) == std::string::npos) == (expected_count == 0));
    }
}
