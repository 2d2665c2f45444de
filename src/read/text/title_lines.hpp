#pragma once
// The title lines of a plain text: its case, its subtitle, and the Project
// Gutenberg frame around it. Internal to the plain-text reader.

#include "model/diagnostic.hpp"
#include "read/text/text_blocks.hpp"

#include <string>
#include <vector>

namespace galley::read::text {

// "FRANKENSTEIN" (a title in capitals, with no lower-case letter) in title
// case: "Frankenstein". Only ASCII letters are recased, and only when every
// letter of the title is ASCII (other scripts' case rules need tables); words
// with digits stay as written, and short function words after the first are
// lower case. Returns false (and leaves `title` alone) when it does not apply.
bool title_case_capitals(std::string& title);

// "Frankenstein;" then "or, The Modern Prometheus": the title's second line
// is its subtitle. Returns the index of the subtitle line, or 0.
std::size_t find_subtitle(const std::vector<Line>& lines, std::size_t title);

// Project Gutenberg files wrap the text between "*** START OF THE PROJECT
// GUTENBERG EBOOK ... ***" and "*** END OF ...": the licence header and
// footer are not the article. Removed, and reported.
void drop_gutenberg_frame(std::vector<Line>& lines, const std::string& path,
                          model::Diagnostics& diags);

} // namespace galley::read::text
