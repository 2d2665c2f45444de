#include "read/names.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <array>
#include <vector>

namespace galley::read {

namespace {

// Lower-case words that stand inside names: "Ludwig van Beethoven", "Ibn al-Haytham".
constexpr std::array<std::string_view, 16> particles = {"van", "von", "der", "den", "de",  "da",
                                                        "del", "di",  "du",  "la",  "le",  "bin",
                                                        "ibn", "al",  "y",   "dos"};

bool is_particle(std::string_view w) {
    for (std::string_view p : particles)
        if (w == p) return true;
    return w.starts_with("al-") || w.starts_with("el-");
}

enum class Start { Capital, Lower, Uncased, Other };

// How a word begins. Cased scripts are told apart with the ranges that
// matter for names (Latin-1 and Latin Extended-A, Greek, Cyrillic); anything
// else above them is taken as a script without case.
Start start_of(std::string_view w) {
    std::size_t i = 0;
    const char32_t c = util::next_code_point(w, i);
    if (c >= 'A' && c <= 'Z') return Start::Capital;
    if (c >= 'a' && c <= 'z') return Start::Lower;
    if (c < 0xC0) return Start::Other; // digits, punctuation, symbols
    if (c <= 0x17F) {                  // Latin-1 letters and Latin Extended-A
        if (c == 0xD7 || c == 0xF7) return Start::Other;
        if (c < 0xDF) return Start::Capital;
        if (c < 0x100) return Start::Lower;
        // Latin Extended-A pairs capital and small letters: the capital is
        // even, except in U+0139-U+0148 and U+0179-U+017E, where it is odd.
        const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        return ((c % 2 == 1) == odd_capitals) ? Start::Capital : Start::Lower;
    }
    if (c >= 0x391 && c <= 0x3A9) return Start::Capital; // Greek
    if (c >= 0x3B1 && c <= 0x3C9) return Start::Lower;
    if (c >= 0x400 && c <= 0x42F) return Start::Capital; // Cyrillic
    if (c >= 0x430 && c <= 0x45F) return Start::Lower;
    if (c >= 0x2000 && c <= 0x2BFF) return Start::Other; // punctuation, symbols, arrows
    return Start::Uncased;
}

} // namespace

bool looks_like_name(std::string_view s, int max_words) {
    s = util::trim(s);
    if (s.empty() || s.size() > 120) return false;
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < s.size()) {
        const std::size_t end = std::min(s.find(' ', at), s.size());
        if (end > at) words.push_back(s.substr(at, end - at));
        at = end + 1;
    }
    if (words.empty() || static_cast<int>(words.size()) > max_words) return false;
    int capitals = 0, uncased = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string_view w = words[k];
        for (const char c : w) {
            if (c >= '0' && c <= '9') return false;
            if (c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '"') return false;
        }
        // A full stop only closes an initial ("J.") or an abbreviation ("Jr.").
        if (const std::size_t dot = w.find('.'); dot != std::string_view::npos) {
            if (w.size() > 4 || dot + 1 != w.size()) return false;
        }
        switch (start_of(w)) {
        case Start::Capital:
            ++capitals;
            break;
        case Start::Uncased:
            ++uncased;
            break;
        case Start::Lower:
            if (k == 0 || k + 1 == words.size() || !is_particle(w)) return false;
            break;
        case Start::Other:
            return false;
        }
    }
    if (uncased > 0) return capitals == 0 && words.size() <= 3;
    return capitals > 0;
}

} // namespace galley::read
