#pragma once
// Headings of long texts by the shape they share with their siblings:
// `Letter 4`, `CHAPTER IV.`, `Kapitel 3: Title`, `IV`, `IV. The Storm`,
// `12. The Return`, and the entries of the text's own contents list. Internal
// to the plain-text reader; exposed for its tests.

#include "model/block.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read::text {

struct HeadingShape {
    // What siblings share: the keyword as written in lower case ("chapter",
    // "kapitel", "فصل"), or "roman" / "number" for a bare numeral.
    std::string key;
    // 0: part, book, volume; 1: chapter, letter, section; 2: a bare numeral.
    int tier = 1;
    // True for chapter and part words, which are headings even alone.
    bool strong = false;
};

// The shape of one trimmed, space-collapsed line, if it has one.
std::optional<HeadingShape> heading_shape(std::string_view line);

// A contents entry or a line, lower-cased (ASCII), spaces collapsed, trailing
// punctuation and page numbers ("Chapter 1 ..... 5") removed.
std::string contents_key(std::string_view line);

// Why a block became a heading, for `--inspect`.
struct HeadingDecision {
    int line = 0;
    std::string rule;
};

// Marks as headings the standalone paragraphs (`standalone[i]`) whose shape
// they share with a sibling, that are strong on their own, or that an entry of
// `contents` names; a line that ends with a colon, dash or comma, or runs
// into a next block starting in lower case, never is. Levels follow the
// tiers present (parts 2, chapters 3 when both occur). Appends one decision
// per heading. Returns how many headings it made. Linear.
std::size_t apply_heading_shapes(model::Blocks& blocks, const std::vector<bool>& standalone,
                                 const std::vector<std::string>& contents,
                                 std::vector<HeadingDecision>& decisions);

} // namespace galley::read::text
