// The pipeline's page-list: which word starts each printed page.
#include "pipeline/page_list.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using pipeline::WordPosition;
using write::PageBreak;

TEST_CASE("each page after the title page starts at its first word", "[pipeline][page-list]") {
    std::vector<std::optional<WordPosition>> first{
        WordPosition{0, "ch001", 0}, // the title page: no entry
        std::nullopt,                // the contents: where the next page starts
        WordPosition{0, "ch001", 0},
        WordPosition{0, "ch001", 212},
        std::nullopt, // a blank page before the next article
        WordPosition{1, "ch002", 0},
        WordPosition{2, "credits", 0},
        std::nullopt, // nothing after it: the end of the last region
    };
    const std::vector<PageBreak> want{
        {"ch001", 0, "2"},    {"ch001", 0, "3"},   {"ch001", 212, "4"},
        {"ch002", 0, "5"},    {"ch002", 0, "6"},   {"credits", 0, "7"},
        {"credits", std::numeric_limits<std::size_t>::max(), "8"}};
    CHECK(pipeline::page_breaks(first, "credits") == want);
}

TEST_CASE("a book of one page has no page-list", "[pipeline][page-list]") {
    CHECK(pipeline::page_breaks({WordPosition{0, "ch001", 0}}, "ch001").empty());
    CHECK(pipeline::page_breaks({}, "ch001").empty());
}
