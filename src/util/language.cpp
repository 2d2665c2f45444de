#include "util/language.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace galley::util {

namespace {

// ISO 639 codes of languages whose usual script runs right to left.
constexpr std::array<std::string_view, 14> rtl_languages = {
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi", "prs"};

// ISO 15924 codes of right-to-left scripts.
constexpr std::array<std::string_view, 9> rtl_scripts = {"arab", "hebr", "syrc", "thaa", "nkoo",
                                                         "adlm", "rohg", "samr", "mand"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

} // namespace

bool is_rtl_language(std::string_view lang) {
    const std::string tag = to_lower_ascii(lang);
    const std::string_view view(tag);
    const std::size_t dash = view.find_first_of("-_");
    const std::string_view primary = view.substr(0, dash);
    // A script subtag is the first four-letter subtag after the language.
    for (std::size_t start = dash; start != std::string_view::npos;) {
        const std::size_t next = view.find_first_of("-_", start + 1);
        const std::string_view sub = view.substr(start + 1, next - start - 1);
        if (sub.size() == 4 &&
            std::all_of(sub.begin(), sub.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return contains(rtl_scripts, sub);
        start = next;
    }
    return contains(rtl_languages, primary);
}

const char* text_direction(std::string_view lang) {
    return is_rtl_language(lang) ? "rtl" : "ltr";
}

bool same_language(std::string_view a, std::string_view b) {
    return to_lower_ascii(a) == to_lower_ascii(b);
}

} // namespace galley::util
