#include "read/text/byline.hpp"

#include "read/names.hpp"
#include "util/text.hpp"

#include <array>
#include <cstdio>

namespace galley::read::text {

namespace {

constexpr std::size_t max_byline_bytes = 200;

// Lower-case month names and their numbers: English, French, German, Spanish.
struct Month {
    std::string_view name;
    int number;
};
constexpr Month months[] = {
    {"january", 1},   {"february", 2},  {"march", 3},      {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8},     {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},        {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},        {"aug", 8},       {"sep", 9},
    {"sept", 9},      {"oct", 10},      {"nov", 11},       {"dec", 12},      {"janvier", 1},
    {"février", 2},   {"mars", 3},      {"avril", 4},      {"mai", 5},       {"juin", 6},
    {"juillet", 7},   {"août", 8},      {"septembre", 9},  {"octobre", 10},  {"novembre", 11},
    {"décembre", 12}, {"januar", 1},    {"februar", 2},    {"märz", 3},      {"juni", 6},
    {"juli", 7},      {"oktober", 10},  {"dezember", 12},  {"enero", 1},     {"febrero", 2},
    {"marzo", 3},     {"abril", 4},     {"mayo", 5},       {"junio", 6},     {"julio", 7},
    {"agosto", 8},    {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},  {"noviembre", 11},
    {"diciembre", 12},
};

int month_number(std::string_view word) {
    const std::string w = util::to_lower_ascii(word);
    for (const Month& m : months)
        if (w == m.name) return m.number;
    return 0;
}

// A number of 1 to 4 digits, or -1.
int number(std::string_view w) {
    if (w.empty() || w.size() > 4) return -1;
    int n = 0;
    for (const char c : w) {
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < s.size()) {
        std::size_t end = s.find(' ', at);
        if (end == std::string_view::npos) end = s.size();
        std::string_view w = s.substr(at, end - at);
        while (!w.empty() && (w.back() == ',' || w.back() == '.'))
            w.remove_suffix(1);
        if (!w.empty()) out.push_back(w);
        at = end + 1;
    }
    return out;
}

std::string iso(int y, int m, int d) {
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// Splits on `sep` (any of them), trimming each part.
std::vector<std::string_view> split_any(std::string_view s,
                                        std::initializer_list<std::string_view> seps) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t matched = 0;
        for (std::string_view sep : seps)
            if (s.substr(i).starts_with(sep)) matched = sep.size();
        if (matched) {
            out.push_back(util::trim(s.substr(from, i - from)));
            i += matched;
            from = i;
        } else {
            ++i;
        }
    }
    out.push_back(util::trim(s.substr(from)));
    return out;
}

constexpr std::array<std::string_view, 8> intros = {"by ",  "von ",  "par ", "por ",
                                                    "di ",  "door ", "\xD8\xA8\xD9\x87 \xD9\x82\xD9\x84\xD9\x85 ", // به قلم
                                                    "from "};

constexpr std::array<std::string_view, 12> agencies = {
    "Reuters", "AP", "AFP", "dpa", "EFE", "ANSA", "Associated Press", "The Associated Press",
    "Agence France-Presse", "Bloomberg", "Press Association", "PA Media"};

constexpr std::array<std::string_view, 8> job_words = {"staff",  "writer",    "reporter", "editor",
                                                       "correspondent", "columnist", "contributor",
                                                       "journalist"};

bool is_agency(std::string_view s) {
    for (std::string_view a : agencies)
        if (s == a) return true;
    return false;
}

bool is_job_title(std::string_view s) {
    const std::string lower = util::to_lower_ascii(s);
    for (std::string_view w : job_words)
        if (lower.find(w) != std::string::npos) return true;
    return false;
}

// A person's name: looks like one, with two words or more (one word is a
// weekday, a place, "Tuesday"), or one to three in a script without case.
bool is_person(std::string_view s) {
    if (!looks_like_name(s, 5)) return false;
    if (words_of(s).size() >= 2) return true;
    return static_cast<unsigned char>(s[0]) >= 0xD8; // Arabic script and beyond: no case
}

// The names part: "X", "X and Y", "X, Y and Z", "X, Reuters".
bool read_names(std::string_view s, Byline& out) {
    std::vector<std::string_view> parts = split_any(s, {","});
    if (parts.size() >= 2) {
        const std::string_view last = parts.back();
        const bool joined = split_any(last, {" and ", " und ", " et ", " y ", " e ", " en ", " & ",
                                             " \xD9\x88 "})
                                .size() > 1;
        if (!joined && is_job_title(last)) {
            parts.pop_back();
        } else if (!joined && (is_agency(last) || (looks_like_name(last, 4) &&
                                                   words_of(last).size() == 1))) {
            out.source = std::string(last);
            parts.pop_back();
        }
    }
    for (std::string_view part : parts) {
        for (std::string_view name : split_any(part, {" and ", " und ", " et ", " y ", " e ", " en ",
                                                      " & ", " \xD9\x88 "})) {
            if (!is_person(name)) return false;
            out.authors.emplace_back(name);
        }
    }
    return !out.authors.empty();
}

} // namespace

std::string parse_written_date(std::string_view s) {
    s = util::trim(s);
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        const int y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
        return (y < 0 || m < 0 || d < 0) ? std::string() : iso(y, m, d);
    }
    std::vector<std::string_view> w = words_of(s);
    // "12 de marzo de 2024": Spanish joins the parts with "de".
    std::erase_if(w, [](std::string_view x) { return x == "de" || x == "del"; });
    if (w.size() != 3) return {};
    if (const int m = month_number(w[1])) { // 12 March 2024, 12. März 2024
        const int d = number(w[0]), y = number(w[2]);
        return d > 0 && y > 0 ? iso(y, m, d) : std::string();
    }
    if (const int m = month_number(w[0])) { // March 12, 2024
        const int d = number(w[1]), y = number(w[2]);
        return d > 0 && y > 0 ? iso(y, m, d) : std::string();
    }
    return {};
}

std::optional<Byline> parse_byline(std::string_view line) {
    line = util::trim(line);
    if (line.empty() || line.size() > max_byline_bytes) return std::nullopt;
    while (!line.empty() && line.back() == '.')
        line.remove_suffix(1);
    const std::vector<std::string_view> parts = split_any(line, {"|", "\xC2\xB7", "\xE2\x80\xA2"});
    std::string_view names = parts[0];
    bool intro = false;
    for (std::string_view w : intros) {
        if (util::starts_with_icase(names, w)) {
            names = util::trim(names.substr(w.size()));
            intro = true;
            break;
        }
    }
    if (!intro && parts.size() < 2) return std::nullopt;
    Byline b;
    if (!read_names(names, b)) return std::nullopt;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        const std::string_view p = parts[k];
        if (p.empty()) return std::nullopt;
        if (std::string d = parse_written_date(p); !d.empty() && b.date.empty()) {
            b.date = std::move(d);
        } else if (b.source.empty() && looks_like_name(p, 6)) {
            b.source = std::string(p);
        } else {
            return std::nullopt;
        }
    }
    return b;
}

} // namespace galley::read::text
