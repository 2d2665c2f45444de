#include "read/text/heading_rules.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace galley::read::text {

namespace {

constexpr std::size_t max_heading_words = 12;
constexpr std::size_t max_heading_bytes = 160;

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view first_word(std::string_view s) {
    return s.substr(0, s.find(' '));
}

std::string_view last_word(std::string_view s) {
    const std::size_t sp = s.rfind(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

bool is_roman(std::string_view w) {
    return !w.empty() && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) {
        const char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return u == 'I' || u == 'V' || u == 'X' || u == 'L' || u == 'C' || u == 'D' || u == 'M';
    });
}

bool is_number_word(std::string_view w) {
    static constexpr std::array<std::string_view, 30> words = {
        "one",       "two",      "three",    "four",   "five",     "six",      "seven",   "eight",
        "nine",      "ten",      "eleven",   "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "first",    "second",   "third",   "fourth",
        "fifth",     "sixth",    "seventh",  "eighth", "ninth",    "tenth"};
    const std::string lw = util::to_lower_ascii(w);
    return std::find(words.begin(), words.end(), lw) != words.end();
}

// "August 5, 2020", "5 Aug 2020 14:02", "Tuesday 3 March 2019".
bool looks_like_date(std::string_view line) {
    static constexpr std::array<std::string_view, 12> months = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    bool year = false;
    for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
        if ((i == 0 || !is_digit(line[i - 1])) &&
            (line.compare(i, 2, "19") == 0 || line.compare(i, 2, "20") == 0) &&
            is_digit(line[i + 2]) && is_digit(line[i + 3]) &&
            (i + 4 == line.size() || !is_digit(line[i + 4])))
            year = true;
    }
    if (!year) return false;
    const std::string lower = util::to_lower_ascii(line);
    for (std::string_view m : months) {
        for (std::size_t at = lower.find(m); at != std::string::npos; at = lower.find(m, at + 1))
            if (at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]))) return true;
    }
    return false;
}

bool short_line(std::string_view line) {
    return !line.empty() && line.size() <= max_heading_bytes &&
           util::count_words(line, max_heading_words) <= max_heading_words;
}

} // namespace

bool ends_like_sentence(std::string_view s) {
    while (!s.empty()) {
        const char c = s.back();
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            s.remove_suffix(1);
        } else if (s.size() >= 3 && s[s.size() - 3] == '\xE2' && s[s.size() - 2] == '\x80' &&
                   (c == '\x9D' || c == '\x99')) { // ” ’
            s.remove_suffix(3);
        } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && c == '\xBB') { // »
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
    return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6"; // …
}

bool ends_with_function_word(std::string_view text) {
    static constexpr std::array<std::string_view, 40> words = {
        "a",      "an",   "the",  "to",    "of",    "and",   "or",   "but",   "for",  "with",
        "in",     "on",   "at",   "by",    "from",  "as",    "that", "which", "who",  "whose",
        "please", "our",  "your", "their", "his",   "her",   "its",  "my",    "is",   "are",
        "was",    "were", "be",   "this",  "these", "those", "if",   "than",  "into", "about"};
    const std::string w = util::to_lower_ascii(last_word(text));
    return std::find(words.begin(), words.end(), w) != words.end();
}

int atx_heading_level(std::string_view line, std::string_view& rest) {
    std::size_t n = 0;
    while (n < line.size() && n < 7 && line[n] == '#')
        ++n;
    if (n == 0 || n > 6 || n + 1 >= line.size() || line[n] != ' ') return 0;
    rest = util::trim(line.substr(n + 1));
    // A closing run of '#' ("## Title ##") is decoration.
    while (!rest.empty() && rest.back() == '#')
        rest.remove_suffix(1);
    rest = util::trim(rest);
    return rest.empty() ? 0 : static_cast<int>(n);
}

bool is_chapter_heading(std::string_view line) {
    if (!short_line(line)) return false;
    const std::string head = util::to_lower_ascii(first_word(line));
    if (head == "prologue" || head == "epilogue" || head == "prologue." || head == "epilogue.")
        return line.size() == head.size();
    if (head != "chapter" && head != "part") return false;
    std::string_view rest = line.substr(head.size());
    if (rest.empty() || rest[0] != ' ') return false;
    rest.remove_prefix(1);
    // The number, then nothing or a separator (". Title", ": Title", " - Title").
    std::size_t n = 0;
    while (n < rest.size() && rest[n] != ' ' && rest[n] != '.' && rest[n] != ':' && rest[n] != ',')
        ++n;
    const std::string_view number = rest.substr(0, n);
    const bool numeric = !number.empty() && std::all_of(number.begin(), number.end(), is_digit);
    if (!numeric && !is_roman(number) && !is_number_word(number)) return false;
    std::string_view after = rest.substr(n);
    if (after.empty() || after == ".") return true;
    if (after[0] == '.' || after[0] == ':') return true;
    // " - Title", " — Title", " – Title"
    return after.starts_with(" - ") || after.starts_with(" \xE2\x80\x94") ||
           after.starts_with(" \xE2\x80\x93");
}

bool is_all_caps_heading(std::string_view line) {
    if (!short_line(line)) return false;
    std::size_t upper = 0;
    std::size_t run = 0, longest_run = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (is_lower(c)) return false;
        // Latin-1 lower case letters (U+00DF..U+00FF: C3 9F..C3 BF).
        if (c == '\xC3' && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0x9F)
            return false;
        if (is_upper(c)) {
            ++upper;
            longest_run = std::max(longest_run, ++run);
        } else {
            run = 0;
        }
    }
    const char last = line.back();
    return upper >= 3 && longest_run >= 2 && last != ',' && last != ';';
}

bool is_heading_candidate(std::string_view line) {
    // A line ending in a comma or a dash runs on into the next block.
    if (!short_line(line) || ends_like_sentence(line) || line.back() == ',' ||
        line.back() == '-' || line.ends_with("\xE2\x80\x94") || line.ends_with("\xE2\x80\x93"))
        return false;
    // A line opening with a dash is dialogue or an attribution ("— Milton").
    if (line.starts_with("\xE2\x80\x94") || line.starts_with("\xE2\x80\x93")) return false;
    const char c = line[0];
    const bool good_start = is_upper(c) || is_digit(c) || c == '"' || c == '\'' ||
                            static_cast<unsigned char>(c) >= 0x80;
    if (!good_start) return false;
    // "1988. The year ..." and "3) ..." are not headings.
    std::size_t d = 0;
    while (d < line.size() && is_digit(line[d]))
        ++d;
    if (d > 0 && d < line.size() && (line[d] == '.' || line[d] == ')')) return false;
    // A quotation standing alone ("We will not give up") is not a heading.
    if ((c == '"' || line.starts_with("\xE2\x80\x9C")) &&
        (line.back() == '"' || line.ends_with("\xE2\x80\x9D")))
        return false;
    // A byline, a dateline or a "Section | 5 min read" line is not a heading.
    if (util::starts_with_icase(line, "by ") || line.find(" | ") != std::string_view::npos ||
        looks_like_date(line))
        return false;
    // Two sentences are not a heading.
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ')
            return false;
    }
    return !ends_with_function_word(line);
}

bool looks_like_body(std::string_view paragraph) {
    return ends_like_sentence(paragraph) ||
           util::count_words(paragraph, max_heading_words) > max_heading_words;
}

} // namespace galley::read::text
