#pragma once

#include "model/book.hpp"
#include "model/diagnostic.hpp"

namespace galley::transform {

// Editorial structure every reader's output gets:
// - an image standing alone in its paragraph (nothing but white space
//   around it) becomes a Figure holding that paragraph, so writers centre
//   and size it as a block instead of an indented inline image;
// - a paragraph right under such an image that is wholly italic and short
//   (at most 300 bytes: `*Photo: Jane Doe, CC BY 4.0*`) becomes the
//   figure's caption, the way Markdown authors write captions and credits;
// - a heading with no text is dropped (an empty heading is announced as
//   "heading" by screen readers and lands in the contents), with a warning
//   naming its line.
// Walks top-level blocks and block quotes, iteratively.
// Articles are shaped on `threads` threads; warnings stay in article order.
void shape_figures(model::Book& book, model::Diagnostics& diags, unsigned threads = 1);

} // namespace galley::transform
