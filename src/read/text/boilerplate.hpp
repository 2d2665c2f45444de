#pragma once
// Scraper leftovers: lines a web page adds around an article ("Share this
// article", "If you experience technical problems...") and a last paragraph
// cut off mid-sentence; and the `strip:` patterns that remove them.

#include <string_view>

namespace galley::read {

// A paragraph (at most 300 bytes) that starts like known site boilerplate.
bool is_known_boilerplate(std::string_view paragraph);

// A paragraph cut off mid-sentence: no closing punctuation and it ends with
// a function word ("please write to").
bool is_cut_off(std::string_view paragraph);

// The `strip:` pattern syntax: a glob matched against the whole paragraph
// text (white space collapsed), ASCII case-insensitive; `*` matches any run
// of characters (also none), `?` one character; a pattern's own runs of
// white space match one space. "If you experience technical problems*"
// matches the seed's last line; "Share this article" matches only a
// paragraph that says exactly that. Patterns are cut at 200 bytes, which
// keeps matching linear in the paragraph's length.
bool matches_strip_pattern(std::string_view pattern, std::string_view paragraph);

} // namespace galley::read
