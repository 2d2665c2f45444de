#pragma once
// What galley does to a laid-out PDF: impose it as a booklet, and read back
// where each named destination landed. The one place that uses qpdf.
// Pages are placed as form XObjects (vector, nothing is rasterised).

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace galley::write::print {

struct BookletLayout {
    double sheet_width = 0;  // points, the sheet lying landscape
    double sheet_height = 0;
    std::size_t sheets_per_signature = 0; // 0: one signature
    double creep = 0;                     // points per sheet, see imposition.hpp
};

// Imposes `pdf` (every page the same size, half the sheet or less) two-up
// on sheets in saddle-stitch order, padded with blank pages to a multiple
// of 4; returns the new PDF (deterministic for the same input). Links,
// bookmarks and named destinations are dropped: they point at pages that
// no longer exist. Throws model::Error when `pdf` cannot be read.
std::string impose_booklet(std::string_view pdf, const BookletLayout& layout);

// Where a named destination points: a page (0-based) and the y of its top
// edge from the top of the page, in points.
struct Destination {
    std::size_t page = 0;
    double top = 0;
};

// Every named destination of `pdf` (the /Dests name tree, as WeasyPrint
// writes one for each element id, and the catalog's /Dests dictionary).
// Entries that do not point at a page are left out. Throws model::Error
// when `pdf` cannot be read.
std::map<std::string, Destination> named_destinations(std::string_view pdf);

// `pdf` without the named destinations whose names `drop` is true for (in
// the /Dests name tree and the catalog's /Dests dictionary); `pdf` as it is
// when there are none. Throws model::Error when `pdf` cannot be read.
std::string remove_named_destinations(std::string pdf, bool (*drop)(std::string_view name));

// The number of pages of `pdf`. Throws model::Error when it cannot be read.
std::size_t pdf_page_count(std::string_view pdf);

} // namespace galley::write::print
