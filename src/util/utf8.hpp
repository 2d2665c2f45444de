#pragma once
// UTF-8 helpers. All functions accept any byte sequence and never throw.

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::util {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Decodes Windows-1252 to UTF-8 (the five undefined bytes map to C1 controls,
// as the WHATWG encoding standard does).
std::string cp1252_to_utf8(std::string_view s);

// Decodes UTF-16 (without BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view s, bool big_endian);

// Replaces every character XML 1.0 forbids (C0 controls but tab, LF and CR;
// U+FFFE, U+FFFF; malformed UTF-8) with U+FFFD. Returns how many were replaced
// through `replaced` when it is not null.
std::string xml_safe(std::string_view s, std::size_t* replaced = nullptr);

// The offset of the first byte at or after `from` that starts a character
// xml_safe replaces, or npos when there is none.
std::size_t first_xml_unsafe(std::string_view s, std::size_t from = 0);

// Appends the UTF-8 encoding of code point `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// Decodes the character at `s[i]`, advancing `i`; malformed input yields
// U+FFFD and advances one byte.
char32_t next_code_point(std::string_view s, std::size_t& i);

// Number of code points (malformed bytes count one each).
std::size_t length(std::string_view s);

} // namespace galley::util
