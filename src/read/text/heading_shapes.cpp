#include "read/text/heading_shapes.hpp"

#include "read/credit_line.hpp"

#include "read/text/heading_rules.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace galley::read::text {

namespace {

using model::Block;

struct Keyword {
    std::string_view word; // lower case
    int tier;
    bool strong;
};

// The words that number the divisions of a book, in the languages we support.
constexpr std::array<Keyword, 40> keywords = {{
    {"part", 0, true},        {"partie", 0, true},     {"teil", 0, true},
    {"parte", 0, true},       {"часть", 0, true},      {"بخش", 0, true},
    {"book", 0, false},       {"volume", 0, false},    {"livre", 0, false},
    {"tome", 0, false},       {"buch", 0, false},      {"band", 0, false},
    {"libro", 0, false},      {"tomo", 0, false},      {"книга", 0, false},
    {"chapter", 1, true},     {"chapitre", 1, true},   {"kapitel", 1, true},
    {"capítulo", 1, true},    {"capitulo", 1, true},   {"capitolo", 1, true},
    {"глава", 1, true},       {"فصل", 1, true},        {"hoofdstuk", 1, true},
    {"letter", 1, false},     {"lettre", 1, false},    {"brief", 1, false},
    {"carta", 1, false},      {"lettera", 1, false},   {"письмо", 1, false},
    {"نامه", 1, false},       {"section", 1, false},   {"stave", 1, false},
    {"canto", 1, false},      {"act", 0, false},       {"scene", 1, false},
    {"acte", 0, false},       {"scène", 1, false},     {"akt", 0, false},
    {"szene", 1, false},
}};

// Lower case for ASCII, Latin-1 letters and Cyrillic: enough for keywords.
std::string lower(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            auto d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        } else if (c == 0xD0 && i + 1 < out.size()) {
            auto d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x90 && d <= 0x9F) {
                out[i + 1] = static_cast<char>(d + 0x20);
            } else if (d >= 0xA0 && d <= 0xAF) {
                out[i] = static_cast<char>(0xD1);
                out[i + 1] = static_cast<char>(d - 0x20);
            }
            ++i;
        }
    }
    return out;
}

std::vector<std::string_view> words_of(std::string_view s, std::size_t limit) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size() && out.size() <= limit) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ')
            ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

std::string_view strip_punct(std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ','))
        w.remove_suffix(1);
    return w;
}

int roman_value(char c) {
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

// A canonical roman numeral (all upper or all lower case), 1 to 3999.
bool is_roman_numeral(std::string_view w) {
    if (w.empty() || w.size() > 15) return false;
    const bool low = w[0] >= 'a' && w[0] <= 'z';
    std::string up;
    for (char c : w) {
        if (low != (c >= 'a' && c <= 'z')) return false;
        up += static_cast<char>(low ? c - 32 : c);
    }
    int total = 0;
    for (std::size_t i = 0; i < up.size(); ++i) {
        const int v = roman_value(up[i]);
        if (v == 0) return false;
        const int next = i + 1 < up.size() ? roman_value(up[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    if (total <= 0 || total > 3999) return false;
    static constexpr std::array<std::pair<int, std::string_view>, 13> table = {{
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"},
    }};
    std::string canonical;
    for (const auto& [v, s] : table)
        for (; total >= v; total -= v)
            canonical += s;
    return canonical == up;
}

// ASCII digits, or Persian / Arabic-Indic ones (U+06F0.., U+0660..).
bool is_digits(std::string_view w, std::size_t max) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < w.size(); ++n) {
        if (w[i] >= '0' && w[i] <= '9') {
            ++i;
        } else if (i + 1 < w.size() && (w[i] == '\xDB' || w[i] == '\xD9') &&
                   static_cast<unsigned char>(w[i + 1]) >= (w[i] == '\xDB' ? 0xB0 : 0xA0) &&
                   static_cast<unsigned char>(w[i + 1]) <= (w[i] == '\xDB' ? 0xB9 : 0xA9)) {
            i += 2;
        } else {
            return false;
        }
    }
    return n > 0 && n <= max;
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

bool is_dash(std::string_view w) {
    return w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

bool starts_upper_or_other(std::string_view s) {
    if (s.empty()) return false;
    const char c = s[0];
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// After the number: nothing, or a separator and a short title.
bool title_follows(std::string_view number_word, const std::vector<std::string_view>& w,
                   std::size_t next) {
    if (next >= w.size()) return true;
    const char sep = number_word.back();
    if (is_dash(w[next])) ++next;
    else if (sep != '.' && sep != ':') return false;
    return next < w.size() && starts_upper_or_other(w[next]) && w.size() - next <= 10;
}

bool ends_like_run_on(std::string_view t) {
    if (t.empty()) return true;
    const char c = t.back();
    return c == ',' || c == ':' || c == ';' || c == '-' || t.ends_with("\xE2\x80\x94") ||
           t.ends_with("\xE2\x80\x93");
}

bool starts_lower(std::string_view t) {
    return !t.empty() && t[0] >= 'a' && t[0] <= 'z';
}

// "letter 1", "chapter iv", "iv", "12": what a line and a contents entry of
// the same heading share even when one of them carries a title.
std::string shape_head(std::string_view line) {
    const auto w = words_of(line, 2);
    if (w.empty()) return {};
    std::string head = lower(strip_punct(w[0]));
    if (w.size() > 1 && heading_shape(line) &&
        std::any_of(keywords.begin(), keywords.end(), [&](const Keyword& k) {
            return k.word == head;
        }))
        head += " " + lower(strip_punct(w[1]));
    return head;
}

} // namespace

std::optional<HeadingShape> heading_shape(std::string_view line) {
    if (line.empty() || line.size() > 160) return std::nullopt;
    const auto w = words_of(line, 14);
    if (w.empty() || w.size() > 14) return std::nullopt;
    const std::string first = lower(strip_punct(w[0]));
    for (const Keyword& k : keywords) {
        if (k.word != first || w.size() < 2) continue;
        const std::string_view number = strip_punct(w[1]);
        const bool latin = static_cast<unsigned char>(first[0]) < 0x80;
        const bool numeric = is_digits(number, 4) || is_roman_numeral(number) ||
                             (latin && is_number_word(number)) ||
                             (!latin && w.size() == 2); // "فصل اول"
        if (!numeric || !title_follows(w[1], w, 2)) return std::nullopt;
        return HeadingShape{std::string(k.word), k.tier, k.strong};
    }
    // Bare numerals: "IV", "IV.", "IV. The Storm", "12", "12. The Return".
    const std::string_view number = strip_punct(w[0]);
    const bool roman = is_roman_numeral(number);
    const bool digits = is_digits(number, 3);
    if (!roman && !digits) return std::nullopt;
    if (w.size() == 1) return HeadingShape{roman ? "roman" : "number", 2, false};
    if (w[0].back() != '.' || !starts_upper_or_other(w[1]) || w.size() > 11) return std::nullopt;
    const std::string_view title = line.substr(w[1].data() - line.data());
    if (ends_like_sentence(title) || ends_with_function_word(title)) return std::nullopt;
    return HeadingShape{roman ? "roman" : "number", 2, false};
}

std::string contents_key(std::string_view line) {
    std::string_view t = util::trim(line);
    // Page numbers after a gap or dot leaders: "Chapter 1 ....... 5", "Letter 2    12".
    std::size_t end = t.size();
    while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9')
        --end;
    if (end < t.size() && end >= 2 &&
        ((t[end - 1] == ' ' && t[end - 2] == ' ') || t[end - 1] == '.' ||
         (t[end - 1] == ' ' && t[end - 2] == '.'))) {
        while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '.'))
            --end;
        t = t.substr(0, end);
    }
    std::string out;
    for (std::string_view w : words_of(t, 40)) {
        if (!out.empty()) out += ' ';
        out += lower(w);
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ':' || out.back() == ' '))
        out.pop_back();
    return out;
}

std::size_t apply_heading_shapes(model::Blocks& blocks, const std::vector<bool>& standalone,
                                 const std::vector<std::string>& contents,
                                 std::vector<HeadingDecision>& decisions) {
    std::set<std::string> entry_keys, entry_heads;
    for (const std::string& e : contents) {
        entry_keys.insert(contents_key(e));
        if (heading_shape(e)) entry_heads.insert(shape_head(e));
    }
    struct Candidate {
        std::size_t index;
        std::optional<HeadingShape> shape;
        bool listed; // named by the contents list
    };
    std::vector<Candidate> candidates;
    std::map<std::string, std::size_t> siblings;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.kind != Block::Kind::Paragraph || !standalone[i] || b.role == "credit") continue;
        const std::string t = model::plain_text(b.inlines);
        if (ends_like_run_on(t) || looks_like_credit_line(t)) continue; // never a heading
        if (i + 1 < blocks.size() && blocks[i + 1].kind == Block::Kind::Paragraph &&
            starts_lower(model::plain_text(blocks[i + 1].inlines)))
            continue;
        auto shape = heading_shape(t);
        bool listed = !entry_keys.empty() && t.size() <= 160 &&
                      (entry_keys.count(contents_key(t)) > 0 ||
                       (shape && entry_heads.count(shape_head(t)) > 0));
        if (!shape && !listed) continue;
        if (shape) ++siblings[shape->key];
        candidates.push_back({i, std::move(shape), listed});
    }
    std::vector<std::pair<std::size_t, int>> fired; // block, tier
    std::set<int> tiers;
    for (const Candidate& c : candidates) {
        std::string rule;
        if (c.listed) {
            rule = "named in the text's contents list";
        } else if (siblings[c.shape->key] >= 2) {
            rule = "sibling shape \"" + c.shape->key + "\" (" +
                   std::to_string(siblings[c.shape->key]) + " lines)";
        } else if (c.shape->strong) {
            rule = "chapter word \"" + c.shape->key + "\"";
        } else {
            continue;
        }
        // A bare numeral heads body text, not another numeral or a list.
        const std::size_t next = c.index + 1;
        if (c.shape && c.shape->tier == 2 && !c.listed &&
            (next >= blocks.size() || blocks[next].kind == Block::Kind::List))
            continue;
        const int tier = c.shape ? c.shape->tier : 1;
        tiers.insert(tier);
        fired.emplace_back(c.index, tier);
        decisions.push_back({blocks[c.index].pos.line, std::move(rule)});
    }
    for (const auto& [index, tier] : fired) {
        Block& b = blocks[index];
        b.kind = Block::Kind::Heading;
        b.level = 2 + static_cast<int>(std::distance(tiers.begin(), tiers.find(tier)));
    }
    return fired.size();
}

} // namespace galley::read::text
