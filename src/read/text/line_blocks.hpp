#pragma once
// One blank-line block of a hard-wrapped text: one paragraph, several (when
// the text shows a break), or a line block (verse, a letter's address lines)
// whose line breaks matter. Internal to the plain-text reader.

#include "model/block.hpp"
#include "read/text/text_blocks.hpp"

#include <string>
#include <vector>

namespace galley::read::text {

// Short lines (each under 60% of the wrap width), two or more, each starting
// with a capital (or an opening quote or digit): verse or address lines.
bool is_line_block(const std::vector<Line>& block, int wrap_width);

// A LineBlock with one Paragraph per line; role "verse" for three lines or
// more, or when the lines are indented unevenly (a poem's layout).
model::Block make_line_block(const std::vector<Line>& block, const std::string& path);

// Where the block's lines start new paragraphs (always 0 first): after a line
// that ended early (the next word would have fitted) and ends a sentence,
// when the next line is indented more or opens dialogue (a quotation mark or
// a dash). Anything else is wrapping: one block, one paragraph.
std::vector<std::size_t> paragraph_starts(const std::vector<Line>& block, int wrap_width);

} // namespace galley::read::text
