#include "read/text/boilerplate.hpp"

#include "read/text/heading_rules.hpp"
#include "util/text.hpp"

#include <array>
#include <cctype>
#include <string>

namespace galley::read {

namespace {

constexpr std::size_t max_boilerplate_bytes = 300;
constexpr std::size_t max_pattern_bytes = 200;

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::string normalise_pattern(std::string_view p) {
    std::string out;
    bool space = false;
    for (char c : util::trim(p)) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += lower(c);
        if (out.size() >= max_pattern_bytes) break;
    }
    return out;
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

bool is_known_boilerplate(std::string_view p) {
    static constexpr std::array<std::string_view, 25> starts = {
        "if you experience technical problems",
        "share this article",
        "share this:",
        "share this story",
        "share on facebook",
        "share on twitter",
        "subscribe to our newsletter",
        "subscribe to our mailing list",
        "sign up for our newsletter",
        "sign up to our newsletter",
        "sign up for our free newsletter",
        "click here to",
        "click here for",
        "follow us on",
        "read more",
        "related articles",
        "related:",
        "related stories",
        "you may also like",
        "recommended for you",
        "advertisement",
        "we use cookies",
        "this site uses cookies",
        "leave a comment",
        "print this article",
    };
    if (p.size() > max_boilerplate_bytes) return false;
    for (std::string_view s : starts)
        if (util::starts_with_icase(p, s)) return true;
    return false;
}

bool is_cut_off(std::string_view p) {
    p = util::trim(p);
    return !p.empty() && !text::ends_like_sentence(p) && text::ends_with_function_word(p);
}

bool matches_strip_pattern(std::string_view pattern_text, std::string_view text) {
    const std::string pat = normalise_pattern(pattern_text);
    if (pat.empty()) return false;
    // Greedy glob matching with one backtrack point (the last '*'):
    // O(pattern * text) at worst, and the pattern is bounded.
    std::size_t p = 0, t = 0;
    std::size_t star = std::string::npos, resume = 0;
    while (t < text.size()) {
        if (p < pat.size() && pat[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pat.size() && pat[p] == '?') {
            ++p;
            ++t;
            while (t < text.size() && is_continuation(text[t]))
                ++t;
        } else if (p < pat.size() && pat[p] == lower(text[t])) {
            ++p;
            ++t;
        } else if (star != std::string::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == '*')
        ++p;
    return p == pat.size();
}

} // namespace galley::read
