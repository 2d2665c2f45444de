#pragma once
// Block structure of plain text: lines to paragraphs, lists, block quotes and
// scene breaks. Headings are decided afterwards (read/heading_rules.hpp),
// because "followed by body text" needs the next block. Internal to the
// plain-text reader; exposed for its tests.

#include "model/block.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::read::text {

struct Line {
    std::string_view text; // trimmed; empty for a blank line
    int no = 0;            // 1-based line in the source file
    int indent = 0;        // leading columns (a tab counts 4)
};

// Leading columns of a raw line (a tab counts 4).
int columns_of_indent(std::string_view raw);

// Splits LF-separated text; `first_no` is the number of its first line.
std::vector<Line> to_lines(std::string_view text, int first_no = 1);

enum class ParagraphStyle {
    BlankLines,  // paragraphs separated by blank lines (the common case)
    HardWrapped, // lines cut near one width (e-mail, Project Gutenberg): unwrapped
    OneLine,     // one line per paragraph, no blank lines between them
};

struct StyleGuess {
    ParagraphStyle style = ParagraphStyle::BlankLines;
    int wrap_width = 0; // HardWrapped: the width the lines were cut at
    // HardWrapped: blank lines separate the paragraphs (three blocks or
    // more), so a blank-line block is one paragraph unless the text shows a
    // break (read/text/line_blocks.hpp).
    bool blank_lines = false;
};

// Looks at the whole text once (O(n log n) in the number of lines).
StyleGuess guess_style(const std::vector<Line>& lines);

// "blank-line separated", "hard-wrapped at 72 columns (unwrapped)", ...
std::string describe(const StyleGuess& guess);

struct Built {
    model::Blocks blocks;
    // Per block: a paragraph made of one line that stands alone (between
    // blank lines, or in one-line-per-paragraph text): a heading candidate.
    std::vector<bool> standalone;
};

// Builds the blocks of `lines` (positions name `path`). Linear in the input;
// block quotes nest at most 8 deep (deeper '>' stays text).
Built build_blocks(const std::vector<Line>& lines, const StyleGuess& style,
                   const std::string& path);

// Joins lines with one space; runs of spaces, tabs and no-break spaces
// collapse to one space.
std::string collapse_spaces(const std::vector<std::string_view>& lines);

// A scene break line: `***`, `* * *`, `---`, `___`, `~~~`, `===`, `#`, `⁂`.
bool is_scene_break(std::string_view trimmed);

struct ListMarker {
    enum class Kind { Bullet, Number, LowerLetter, UpperLetter } kind = Kind::Bullet;
    char delimiter = 0;    // '.', ')' or '(' for "(3)"; the bullet character for bullets
    int value = 0;         // the number (1-based letters: a = 1)
    std::size_t width = 0; // bytes of the marker and the space after it
};

// Recognises `1.`, `2)`, `(3)`, `a.`, `b)`, `(c)`, `-`, `*`, `+`, `•`, `◦`, `▪` followed
// by a space and text. Numbers have at most 3 digits, so `1988. ...` is not
// an item.
bool parse_list_marker(std::string_view trimmed, ListMarker& out);

} // namespace galley::read::text
