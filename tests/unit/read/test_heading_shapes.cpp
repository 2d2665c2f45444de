// Heading shapes of long texts and the keys contents entries are matched by.

#include "read/text/heading_shapes.hpp"

#include <catch2/catch.hpp>

using galley::read::text::contents_key;
using galley::read::text::heading_shape;

TEST_CASE("heading shapes: keywords, numerals and numbered titles", "[read][text][shapes]") {
    struct Case {
        const char* line;
        const char* key; // nullptr: no shape
        int tier;
    };
    const Case cases[] = {
        {"Letter 4", "letter", 1},
        {"CHAPTER IV.", "chapter", 1},
        {"Chapter twelve: Home", "chapter", 1},
        {"Kapitel 3 - Der Wald", "kapitel", 1},
        {"CAP\xC3\x8DTULO II", "cap\xC3\xADtulo", 1},
        {"\xD0\x93\xD0\x9B\xD0\x90\xD0\x92\xD0\x90 5", "\xD0\xB3\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xB0", 1},
        {"\xD9\x81\xD8\xB5\xD9\x84 \xDB\xB1", "\xD9\x81\xD8\xB5\xD9\x84", 1}, // فصل ۱
        {"BOOK II", "book", 0},
        {"Part One", "part", 0},
        {"IV", "roman", 2},
        {"xii.", "roman", 2},
        {"IV. The Storm", "roman", 2},
        {"12. The Return", "number", 2},
        {"7", "number", 2},
        // Not headings by shape:
        {"CIVIL", nullptr, 0},            // letters of numerals, not a numeral
        {"IIII", nullptr, 0},             // not canonical
        {"Letter from the editor", nullptr, 0},
        {"Chapter 11 bankruptcy filings rose", nullptr, 0},
        {"1. Open the door.", nullptr, 0}, // a sentence
        {"2. Write to", nullptr, 0},       // ends with a function word
        {"1988. The year of the massacre and of the trials that followed it in the summer", nullptr, 0},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        const auto shape = heading_shape(c.line);
        if (!c.key) {
            CHECK(!shape);
            continue;
        }
        REQUIRE(shape);
        CHECK(shape->key == c.key);
        CHECK(shape->tier == c.tier);
    }
}

TEST_CASE("contents keys drop case, page numbers and trailing punctuation", "[read][text][shapes]") {
    CHECK(contents_key("  Chapter  1.  ") == "chapter 1");
    CHECK(contents_key("Chapter 1 ........ 15") == "chapter 1");
    CHECK(contents_key("Letter 2      112") == "letter 2");
    CHECK(contents_key("Chapter 12") == "chapter 12"); // its number is no page number
    CHECK(contents_key("THE VOYAGE:") == "the voyage");
}
