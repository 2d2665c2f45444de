#pragma once
// Facts about languages that writers need: which way a language is written.

#include <string_view>

namespace galley::util {

// True when `lang` (a BCP 47 tag such as "fa", "ar-EG", "az-Arab") is
// written right to left: its script subtag decides when present, else its
// primary language subtag (Arabic, Persian, Hebrew, Urdu and others).
bool is_rtl_language(std::string_view lang);

// "rtl" or "ltr", for `dir` attributes and page-progression-direction.
const char* text_direction(std::string_view lang);

// True when `a` and `b` name the same language tag (ASCII case-insensitive).
bool same_language(std::string_view a, std::string_view b);

} // namespace galley::util
