#pragma once
// Facts about languages that writers need: which way a language is written.

#include <optional>
#include <string>
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

// The BCP 47 tag for a language as people write it in metadata, or nothing
// when it is neither a tag nor a language name we know. "en_US" and
// "EN-us" become "en-US" (underscores to hyphens, subtags in their
// conventional case: language lower, script title, region upper); English
// names and the languages' own names of the languages we support become
// their code ("Persian", "Farsi" and "فارسی" become "fa"). A tag is a
// 2-3 letter language subtag followed by subtags of 1-8 letters or digits.
std::optional<std::string> normalise_language(std::string_view written);

} // namespace galley::util
