#pragma once
// Scraper leftovers: lines a web page adds around an article ("Share this
// article", "If you experience technical problems...") and a last paragraph
// cut off mid-sentence; and the `strip:` patterns that remove them.

#include <string>
#include <string_view>
#include <vector>

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
// paragraph that says exactly that. Patterns are cut at 200 bytes.
//
// A pattern is compiled once (StripPattern) and split at its stars; the
// pieces between stars are found leftmost first, which is exact for globs.
// A piece without `?` is found with memmem (linear), so matching costs
// O(paragraph) per pattern whatever the stars; a piece with `?` is tried at
// each position, O(piece * paragraph), the piece being at most 200 bytes.
class StripPattern {
  public:
    explicit StripPattern(std::string_view pattern);

    bool empty() const { return pieces_.empty() && !star_; }
    // `lowered` is the paragraph with ASCII letters lowered (lower_for_strip).
    bool matches_lowered(std::string_view lowered) const;
    const std::string& text() const { return text_; }

  private:
    std::string text_;                // as the user wrote it, for messages
    std::vector<std::string> pieces_; // normalised, between the stars
    bool star_ = false;               // the pattern has at least one star
    bool anchored_start_ = true;      // no star before the first piece
    bool anchored_end_ = true;        // no star after the last piece
};

std::string lower_for_strip(std::string_view paragraph);

bool matches_strip_pattern(std::string_view pattern, std::string_view paragraph);

} // namespace galley::read
