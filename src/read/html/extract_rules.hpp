#pragma once
// The word lists and small predicates article extraction decides with:
// which class and id words mean chrome or content, which elements are
// phrasing content, which tables hold data. Shared by the extraction passes.

#include "read/html/dom.hpp"

#include <string>
#include <string_view>

namespace galley::read::html::rules {

// "class id" of an element, lower-cased.
std::string class_and_id(const Node& n);

// The chrome word `hints` contains ("sidebar", "comment", ...) unless it
// also names content ("article", "main", ...); "" when it is not chrome.
std::string_view unlikely_word(std::string_view hints);

// The same, matching whole words of `hints` only (separated by spaces, '-' or '_').
std::string_view unlikely_token(std::string_view hints);

// +25 for content words in the class, +25 in the id; -25 for chrome words each.
int class_weight(const Node& n);

// ARIA roles that are never the article (navigation, menus, dialogs, ...).
bool is_chrome_role(std::string_view role);

// Elements that are never content and are dropped with their content.
bool is_never_content(std::string_view tag);

// Hidden by the page: `hidden`, aria-hidden, display:none, visibility:hidden.
bool is_hidden(const Node& n);

// Phrasing content (text-level elements), which a paragraph can hold.
bool is_phrasing(std::string_view tag);

// Elements that make a <div> a container rather than a paragraph.
bool is_div_block(std::string_view tag);

// A byline element: rel=author, itemprop=author, or a class/id naming it.
bool looks_like_byline(const Node& n, std::string_view hints);

// The element's own starting score from its tag.
int tag_base_score(std::string_view tag);

// Commas (Latin, Arabic, CJK full-width) in `s`.
int count_commas(std::string_view s);

} // namespace galley::read::html::rules
