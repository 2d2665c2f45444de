#pragma once
// The HTML5 parser: the one file that includes Gumbo (the WHATWG parsing
// algorithm, so broken markup becomes the tree a browser would build).

#include "read/html/dom.hpp"

#include <string_view>

namespace galley::read::html {

// Parses a whole page (UTF-8). Never fails: any bytes give a tree rooted at
// <html> with <head> and <body>. Comments are dropped; character references
// are decoded. Elements nested deeper than `max_depth` are flattened into
// their deepest allowed ancestor (their text is kept), so that no later walk
// meets an unbounded depth.
Document parse_document(std::string_view utf8);

// Parses a fragment of a page's body (raw HTML in Markdown): the result's
// <body> holds the fragment's nodes. `first_line` is the line the fragment
// starts on in its file.
Document parse_fragment(std::string_view utf8, int first_line = 1);

constexpr int max_depth = 200;

} // namespace galley::read::html
