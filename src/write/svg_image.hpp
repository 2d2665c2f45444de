#pragma once
// Cleaning an SVG image for a book: the one place SVG is parsed as XML.
// An EPUB image may not run code or reach outside the book, and an SVG with
// a DOCTYPE fails epubcheck, so the file is parsed (tinyxml2: no DTD, no
// external entities), only listed elements and attributes are kept, only
// references inside the image (#id) or embedded raster data (data:image/…)
// survive, and the result is written back without its DOCTYPE.

#include <string>
#include <string_view>
#include <vector>

namespace galley::write {

struct CleanSvg {
    bool ok = false;             // false: not well-formed XML or not an <svg> document
    std::string error;           // why, when !ok ("line 3: mismatched element")
    std::string svg;             // the cleaned image, when ok
    std::vector<std::string> removed; // what was dropped, for warnings ("<script>", "onload=")
};

// Parses and cleans `bytes`. Never throws for bad input; cost linear in its
// size (nesting is capped by the parser).
CleanSvg clean_svg(std::string_view bytes);

} // namespace galley::write
