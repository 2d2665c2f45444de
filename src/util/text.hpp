#pragma once
// Small string helpers shared by readers and writers.

#include <string>
#include <string_view>
#include <vector>

namespace galley::util {

// ASCII-lowercased, letters and digits kept (non-ASCII UTF-8 letters are kept
// as they are), every other run of characters becomes one '-'; never empty
// ("untitled" when nothing is left). At most `max_len` bytes, cut on a '-'
// or a character boundary.
std::string slugify(std::string_view s, std::size_t max_len = 60);

// Removes leading and trailing ASCII white space and U+00A0.
std::string_view trim(std::string_view s);

// Splits on '\n' (the input has LF line endings); the last line may be empty.
std::vector<std::string_view> split_lines(std::string_view s);

bool starts_with_icase(std::string_view s, std::string_view prefix);

// True when `s` starts with a URL scheme and ':' ("https:", "data:",
// "javascript:"): a letter, then letters, digits, '+', '-' or '.'. One-letter
// schemes are not counted, so a Windows drive ("C:") stays a path.
bool has_url_scheme(std::string_view s);
std::string to_lower_ascii(std::string_view s);

// True when `url` can be the target of a link in the book: http, https or
// ftp with a well-formed host name (letters, digits, '-', '.', an optional
// port), or mailto with an address. Anything else (relative paths, script
// URLs, "https://../") is not linked: readers report it, writers keep the
// link's text only.
bool is_link_target(std::string_view url);

// Words separated by spaces, counted up to `limit + 1` (so a long text costs
// no more than a short one when only "more than limit" matters).
std::size_t count_words(std::string_view s, std::size_t limit = static_cast<std::size_t>(-2));

// HTML's white space (space, tab, LF, CR, FF) runs as one space, as a
// renderer shows them; with `trim`, none at either end.
std::string collapse_html_space(std::string_view s, bool trim = false);

} // namespace galley::util
