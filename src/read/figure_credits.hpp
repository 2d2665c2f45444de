#pragma once
// Credits written under an image, as Markdown authors write them:
//
//     ![A dry well](well.jpg)
//     *Photo: Jane Doe via Flickr, CC BY-SA 4.0*
//
// on the next line or in the next paragraph, in italics or not.

#include "model/block.hpp"
#include "model/credit.hpp"
#include "model/diagnostic.hpp"

#include <vector>

namespace galley::read {

// For each paragraph holding one image and nothing else (in `blocks` and in
// block quotes, iteratively):
// - a line right under the image in the same paragraph (after a soft or hard
//   break) that is wholly italic or a credit line becomes a paragraph of its
//   own, so that transform::shape_figures sees "image, then caption";
// - a next paragraph that is a credit line (parse_credit_line), wholly
//   italic or not, is taken out of the text and appended to `credits` with
//   the image's source as its subject: transform::place_credits then
//   captions the figure with it, and the Credits page lists it. A note
//   names each line taken.
// An italic line that is not a credit stays, and becomes the caption.
void take_figure_credits(model::Blocks& blocks, std::vector<model::Credit>& credits,
                         model::Diagnostics& diags);

} // namespace galley::read
