#pragma once
// The text's own contents list ("CONTENTS" and a run of short entry lines):
// found, taken out of the body (our navigation replaces it) and kept to
// confirm the headings it names. Internal to the plain-text reader.

#include "read/text/text_blocks.hpp"

#include <optional>
#include <string>
#include <vector>

namespace galley::read::text {

struct ContentsList {
    std::vector<std::string> entries; // as written, page numbers included
    int first_line = 0;               // the "Contents" line
    int last_line = 0;                // the last entry
};

// Finds a line "Contents" / "Table of Contents" (or the French, German,
// Spanish, Italian, Russian, Persian word) standing alone, followed by at
// least three short entry lines; the entries end before a blank line and a
// line repeating the first entry (where the body starts), at a gap of two
// blank lines, or at the first chunk that reads as prose. Removes those lines from `lines`. Linear.
std::optional<ContentsList> take_contents_list(std::vector<Line>& lines);

} // namespace galley::read::text
