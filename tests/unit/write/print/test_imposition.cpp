#include "write/print/imposition.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

using namespace galley::write::print;

namespace {

// (left, right) 1-based, as a printer's imposition sheet lists them.
std::vector<std::pair<std::size_t, std::size_t>> pairs(const std::vector<SheetSide>& sides) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const SheetSide& s : sides)
        out.emplace_back(s.left + 1, s.right + 1);
    return out;
}

} // namespace

TEST_CASE("padding to whole sheets", "[print][imposition]") {
    CHECK(padded_page_count(0) == 0);
    CHECK(padded_page_count(1) == 4);
    CHECK(padded_page_count(4) == 4);
    CHECK(padded_page_count(10) == 12);
}

TEST_CASE("one signature: outer pages on the outer sheet", "[print][imposition]") {
    using P = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(pairs(booklet_sides(8, 0)) == P{{8, 1}, {2, 7}, {6, 3}, {4, 5}});
    CHECK(pairs(booklet_sides(10, 0)) == P{{12, 1}, {2, 11}, {10, 3}, {4, 9}, {8, 5}, {6, 7}});
    // More sheets per signature than the booklet has is one signature.
    CHECK(pairs(booklet_sides(10, 5)) == pairs(booklet_sides(10, 0)));
}

TEST_CASE("every padded page is placed exactly once", "[print][imposition]") {
    for (std::size_t pages : {1u, 3u, 4u, 17u, 64u}) {
        for (std::size_t sheets : {0u, 1u, 2u, 3u}) {
            const auto sides = booklet_sides(pages, sheets);
            std::multiset<std::size_t> placed;
            for (const SheetSide& s : sides) {
                placed.insert(s.left);
                placed.insert(s.right);
            }
            INFO(pages << " pages, " << sheets << " sheets per signature");
            CHECK(sides.size() == padded_page_count(pages) / 2);
            for (std::size_t p = 0; p < padded_page_count(pages); ++p)
                CHECK(placed.count(p) == 1);
        }
    }
}

TEST_CASE("signatures are folded separately and stacked", "[print][imposition]") {
    using P = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(pairs(booklet_sides(12, 1)) == P{{4, 1}, {2, 3}, {8, 5}, {6, 7}, {12, 9}, {10, 11}});
    // 16 pages in signatures of 3 sheets: 12 pages, then the 4 left.
    const auto sides = pairs(booklet_sides(16, 3));
    REQUIRE(sides.size() == 8);
    CHECK(sides[0] == std::pair<std::size_t, std::size_t>{12, 1});
    CHECK(sides[6] == std::pair<std::size_t, std::size_t>{16, 13});
    CHECK(sides[7] == std::pair<std::size_t, std::size_t>{14, 15});
}

TEST_CASE("creep grows by sheet from the outside of each signature", "[print][imposition]") {
    const auto sides = booklet_sides(16, 2, 0.5);
    REQUIRE(sides.size() == 8);
    const std::vector<double> want{0, 0, 0.5, 0.5, 0, 0, 0.5, 0.5};
    for (std::size_t i = 0; i < sides.size(); ++i)
        CHECK(sides[i].shift == Approx(want[i]));
    CHECK_THROWS_AS(booklet_sides(8, 0, -1), std::invalid_argument);
}

TEST_CASE("lengths for --creep", "[print][imposition]") {
    CHECK(*parse_length_pt("0.2mm") == Approx(0.2 * 72 / 25.4));
    CHECK(*parse_length_pt("1") == Approx(72 / 25.4));
    CHECK(*parse_length_pt("0.1cm") == Approx(72 / 25.4));
    CHECK(*parse_length_pt("0.01in") == Approx(0.72));
    CHECK(*parse_length_pt("2pt") == Approx(2));
    for (const char* bad : {"", "mm", "-1mm", "1 mm", "1px", "nan", "inf", "1e999"})
        CHECK_FALSE(parse_length_pt(bad));
}
