#include "write/print/hyphenation_sink.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace galley::write::print {

namespace {

// Hyphenation needs six letters (print.css: hyphenate-limit-chars: 6 3 3);
// shorter words are never broken, so they need no mark.
constexpr std::size_t min_length = 6;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose text is never hyphenated (or is no text at all).
bool unguarded(const char* name) {
    static constexpr std::array<const char*, 15> names = {
        "head", "style", "script", "title", "pre", "code", "kbd", "samp", "a",
        "h1", "h2", "h3", "h4", "h5", "h6"};
    for (const char* n : names)
        if (std::strcmp(n, name) == 0) return true;
    return std::strcmp(name, "svg") == 0 || std::strcmp(name, "math") == 0;
}

// Languages that capitalise every noun: marking capitals would forbid most
// hyphenation there.
bool capitalises_nouns(std::string_view lang) {
    const std::string primary = util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
    return primary == "de" || primary == "lb";
}

// Punctuation around a word (quotes, brackets, dashes, stops), which stays
// outside the mark.
bool is_punctuation(char32_t c) {
    if (c < 0x80) return c != '\'' && !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') &&
                         !(c >= 'a' && c <= 'z');
    return (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) ||
           (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F);
}

} // namespace

bool is_capital(char32_t c) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    // Latin Extended-A: pairs, the capital first, with two runs offset by one.
    if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
    if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
    if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
    if (c == 0x178) return true;
    if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
    if (c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2) return true; // title case
    if (c >= 0x218 && c <= 0x233) return c % 2 == 0;
    if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2; // Greek
    if (c >= 0x400 && c <= 0x42F) return true;       // Cyrillic
    if (c >= 0x460 && c <= 0x4FF) return c % 2 == 0 && !(c >= 0x482 && c <= 0x489);
    if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0 && !(c >= 0x1E96 && c <= 0x1E9F);
    return false;
}

void HyphenationSink::open(const char* name, bool inline_level) {
    Open o = stack_.empty() ? Open{false, {}, 0} : stack_.back();
    if (!inline_level) o.block = blocks_++;
    if (std::strcmp(name, "body") == 0) o.guard = true;
    if (unguarded(name)) o.guard = false;
    stack_.push_back(std::move(o));
    inner_.open(name, inline_level);
}

void HyphenationSink::attribute(const char* name, std::string_view value) {
    if (!stack_.empty() && std::strcmp(name, "lang") == 0) stack_.back().lang = std::string(value);
    inner_.attribute(name, value);
}

void HyphenationSink::close() {
    if (!stack_.empty()) stack_.pop_back();
    inner_.close();
}

void HyphenationSink::text(std::string_view s) {
    if (stack_.empty() || !stack_.back().guard) return inner_.text(s);
    const bool nouns = capitalises_nouns(stack_.back().lang);
    std::size_t done = 0; // s[0, done) is passed on
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_space(s[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && !is_space(s[end]))
            ++end;
        // The word s[i, end) without the punctuation around it.
        std::size_t first = i;
        std::size_t last = i; // one past the last character that is not punctuation
        std::size_t letters = 0;
        char32_t initial = 0;
        for (std::size_t j = i; j < end;) {
            const char32_t c = util::next_code_point(s, j);
            if (is_punctuation(c)) {
                if (letters == 0) first = j;
                continue;
            }
            if (letters++ == 0) initial = c;
            last = j;
        }
        if (letters >= min_length && last > first) {
            inner_.text(s.substr(done, first - done));
            if (is_capital(initial) && !nouns) {
                inner_.open("span", true);
                inner_.attribute("class", "cap");
                inner_.text(s.substr(first, last - first));
                inner_.close();
            } else {
                candidate(s.substr(first, last - first));
            }
            done = last;
        }
        i = end;
    }
    if (done < s.size()) inner_.text(s.substr(done));
}

void HyphenationSink::candidate(std::string_view word) {
    const std::size_t n = candidates_++;
    while (next_keep_ < marks_.keep.size() && marks_.keep[next_keep_] < n)
        ++next_keep_;
    if (next_keep_ < marks_.keep.size() && marks_.keep[next_keep_] == n) {
        inner_.open("span", true);
        inner_.attribute("class", "keep");
        inner_.text(word);
        inner_.close();
    } else if (marks_.measure &&
               (marks_.blocks.empty() || std::binary_search(marks_.blocks.begin(),
                                                            marks_.blocks.end(),
                                                            stack_.back().block))) {
        const std::string number = std::to_string(n) + "-" + std::to_string(stack_.back().block);
        inner_.open("span", true);
        inner_.attribute("id", "hy-" + number);
        inner_.text(word);
        inner_.close();
        inner_.open("span", true);
        inner_.attribute("id", "hz-" + number);
        inner_.close();
    } else {
        inner_.text(word);
    }
}

namespace {

// "hy-N-B" or "hz-N-B": the candidate and whether the id marks its end.
struct MeasuringId {
    Candidate candidate;
    bool end;
};

std::optional<MeasuringId> measuring_id(std::string_view id) {
    if (id.size() < 6 || id.size() > 44 || id[0] != 'h' || (id[1] != 'y' && id[1] != 'z') ||
        id[2] != '-')
        return std::nullopt;
    std::size_t numbers[2] = {0, 0};
    std::size_t digits[2] = {0, 0};
    int k = 0;
    for (const char c : id.substr(3)) {
        if (c == '-' && k == 0) {
            k = 1;
        } else if (c >= '0' && c <= '9') {
            numbers[k] = numbers[k] * 10 + static_cast<std::size_t>(c - '0');
            ++digits[k];
        } else {
            return std::nullopt;
        }
    }
    if (digits[0] == 0 || digits[1] == 0) return std::nullopt;
    return MeasuringId{{numbers[0], numbers[1]}, id[1] == 'z'};
}

// Two destinations less than this far apart (points) are on one line; lines
// are a line height apart.
constexpr double same_line = 2.0;

struct Line {
    std::size_t page;
    double top;
    bool operator<(const Line& o) const { return page != o.page ? page < o.page : top < o.top; }
};

} // namespace

bool is_measuring_id(std::string_view id) { return measuring_id(id).has_value(); }

std::vector<Candidate>
third_hyphenated_lines(const std::map<std::string, Destination>& destinations) {
    struct Word {
        std::size_t block = 0;
        std::optional<Line> start, end;
    };
    std::map<std::size_t, Word> words;
    for (const auto& [name, dest] : destinations) {
        const auto id = measuring_id(name);
        if (!id) continue;
        Word& w = words[id->candidate.number];
        w.block = id->candidate.block;
        (id->end ? w.end : w.start) = Line{dest.page, dest.top};
    }
    // The hyphenated candidates in the order of the lines they start on.
    struct Hyphenated {
        Line start, end;
        Candidate candidate;
    };
    std::vector<Hyphenated> split;
    for (const auto& [n, w] : words)
        if (w.start && w.end &&
            (w.start->page != w.end->page || std::fabs(w.start->top - w.end->top) >= same_line))
            split.push_back({*w.start, *w.end, {n, w.block}});
    std::sort(split.begin(), split.end(), [](const Hyphenated& a, const Hyphenated& b) {
        return a.start < b.start ||
               (!(b.start < a.start) && a.candidate.number < b.candidate.number);
    });
    // run[i]: hyphenated lines in a row ending with split[i]'s first line,
    // counting only lines that stay hyphenated (a word kept whole ends a run).
    std::vector<int> run(split.size(), 1);
    // Where each hyphenated line's word ends: the next line, which is also
    // hyphenated when a candidate starts there.
    std::map<Line, std::size_t> ending_on;
    std::vector<Candidate> out;
    for (std::size_t i = 0; i < split.size(); ++i) {
        const Line& at = split[i].start;
        auto it = ending_on.lower_bound(Line{at.page, at.top - same_line});
        if (it != ending_on.end() && it->first.page == at.page &&
            it->first.top < at.top + same_line)
            run[i] = run[it->second] + 1;
        if (run[i] >= 3) {
            out.push_back(split[i].candidate);
            run[i] = 0;
        }
        ending_on[split[i].end] = i;
    }
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.number < b.number; });
    return out;
}

} // namespace galley::write::print
