#pragma once
// Saddle-stitch booklet imposition: which printed page goes where on which
// sheet. Pure arithmetic (std only); pdf_pages.cpp applies it with qpdf.
//
// A booklet of P pages (padded with blanks to a multiple of 4) is folded
// from P/4 sheets, each printed on both sides with two pages side by side.
// Nested sheets are grouped into signatures of `sheets_per_signature`
// sheets (0: one signature for the whole booklet), which are folded
// separately and stacked. For 8 pages in one signature: sheet 1 front 8|1,
// back 2|7; sheet 2 front 6|3, back 4|5.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace galley::write::print {

// One side of a sheet: the pages on its left and right half (0-based
// indices into the padded booklet; an index >= the real page count is a
// blank page) and how far each page is moved toward the fold, in points
// (creep compensation: inner sheets stick out at the fore-edge once folded).
struct SheetSide {
    std::size_t left;
    std::size_t right;
    double shift = 0;
};

// The page count padded to a whole number of sheets (a multiple of 4; 0 stays 0).
std::size_t padded_page_count(std::size_t pages);

// Every sheet side in printing order: sheet 1 front, sheet 1 back, sheet 2
// front... `creep` (points) is the shift added per sheet from the outermost
// sheet of each signature inward. Throws std::invalid_argument for a
// negative creep.
std::vector<SheetSide> booklet_sides(std::size_t pages, std::size_t sheets_per_signature,
                                     double creep = 0);

// A length such as "0.2mm", "0.5pt", "0.01in" or "0.2" (millimetres) in
// points; nullopt for anything else or a negative value.
std::optional<double> parse_length_pt(std::string_view text);

} // namespace galley::write::print
