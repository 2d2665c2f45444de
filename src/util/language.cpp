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

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_alnum(char c) {
    return is_alpha(c) || (c >= '0' && c <= '9');
}

// Language names as people write them in metadata: English names and the
// languages' own names, for the languages galley has labels for and their
// close neighbours. Compared after ASCII lower-casing.
struct LanguageName {
    std::string_view name;
    std::string_view tag;
};

constexpr std::array<LanguageName, 33> language_names = {{
    {"english", "en"},
    {"french", "fr"},
    {"fran\u00e7ais", "fr"},
    {"francais", "fr"},
    {"german", "de"},
    {"deutsch", "de"},
    {"spanish", "es"},
    {"espa\u00f1ol", "es"},
    {"espanol", "es"},
    {"castellano", "es"},
    {"italian", "it"},
    {"italiano", "it"},
    {"russian", "ru"},
    {"\u0440\u0443\u0441\u0441\u043a\u0438\u0439", "ru"}, // русский
    {"persian", "fa"},
    {"farsi", "fa"},
    {"\u0641\u0627\u0631\u0633\u06cc", "fa"}, // فارسی
    {"arabic", "ar"},
    {"\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "ar"}, // العربية
    {"urdu", "ur"},
    {"\u0627\u0631\u062f\u0648", "ur"}, // اردو
    {"hebrew", "he"},
    {"portuguese", "pt"},
    {"portugu\u00eas", "pt"},
    {"dutch", "nl"},
    {"nederlands", "nl"},
    {"turkish", "tr"},
    {"t\u00fcrk\u00e7e", "tr"},
    {"chinese", "zh"},
    {"japanese", "ja"},
    {"korean", "ko"},
    {"polish", "pl"},
    {"greek", "el"},
}};

// `s` as a BCP 47 tag in conventional case, or nothing when it is not one.
std::optional<std::string> as_tag(std::string_view s) {
    std::string out;
    std::size_t index = 0;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find_first_of("-_", start);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view sub = s.substr(start, end - start);
        if (sub.empty() || sub.size() > 8 || !std::all_of(sub.begin(), sub.end(), is_alnum))
            return std::nullopt;
        std::string part = to_lower_ascii(sub);
        if (index == 0) {
            if (sub.size() < 2 || sub.size() > 3 || !std::all_of(sub.begin(), sub.end(), is_alpha))
                return std::nullopt;
        } else if (sub.size() == 4 && std::all_of(sub.begin(), sub.end(), is_alpha)) {
            part[0] = static_cast<char>(part[0] - 'a' + 'A'); // script: Latn
        } else if (sub.size() == 2 && std::all_of(sub.begin(), sub.end(), is_alpha)) {
            for (char& c : part)
                c = static_cast<char>(c - 'a' + 'A'); // region: US
        }
        if (index > 0) out += '-';
        out += part;
        ++index;
        start = end + 1;
    }
    return out;
}

} // namespace

std::optional<std::string> normalise_language(std::string_view written) {
    const std::string_view s = trim(written);
    if (s.empty()) return std::nullopt;
    const std::string lower = to_lower_ascii(s);
    for (const LanguageName& n : language_names)
        if (lower == n.name) return std::string(n.tag);
    return as_tag(s);
}

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
