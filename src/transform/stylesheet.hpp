#pragma once
// Checking a user stylesheet before it goes into a book. An EPUB holds every
// resource it uses and runs no code, so what the book cannot hold is dropped
// and reported: @import, url() references (remote, local or script), @font-face
// rules (their fonts are not embedded), @charset (the sheet is written as
// UTF-8), and the script hooks of old browsers (expression(), behavior,
// -moz-binding). Everything else is kept byte for byte.

#include "model/diagnostic.hpp"

#include <string>
#include <string_view>

namespace galley::transform {

// The stylesheet `css` (read from the file `file`) with what an EPUB cannot
// hold removed; each removal is a warning "file:line: warning: …". Linear in
// the size of `css`; no recursion. Throws model::Error naming `file` when
// `css` is not UTF-8 or holds NUL bytes.
std::string check_stylesheet(std::string_view css, const std::string& file,
                             model::Diagnostics& diags);

} // namespace galley::transform
