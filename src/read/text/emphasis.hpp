#pragma once
// Emphasis written in plain text: `_word_` and `*a few words*` (Project
// Gutenberg's italics, e-mail's stress). Internal to the plain-text reader.

#include "model/block.hpp"

#include <string_view>

namespace galley::read::text {

// Splits `text` into Text and Emphasis inlines. A marker opens at the start
// of a word (after a space, the start, or opening punctuation) before a
// non-space, and closes at the end of a word before a space, the end or
// closing punctuation; opener and closer pair within the text. Words that
// are URLs, e-mail addresses, file names (`my_file.txt`) or snake_case
// (`max_value`) are never touched. Unpaired markers stay as written. Linear.
model::Inlines parse_emphasis(std::string_view text);

// Applies parse_emphasis to every Text-only paragraph, heading, list item and
// line in `blocks` (nested blocks included, iteratively). Returns how many
// emphasised spans were made.
std::size_t apply_emphasis(model::Blocks& blocks);

} // namespace galley::read::text
