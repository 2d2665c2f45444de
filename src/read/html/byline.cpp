#include "read/html/byline.hpp"

#include "read/html/dom.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace galley::read::html {

namespace {

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) words.emplace_back(s.substr(i, j - i));
        i = j + 1;
    }
    return words;
}

bool is_month(std::string_view w) {
    static const char* const months[] = {"january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november",
                                         "december", "jan", "feb", "mar", "apr", "jun", "jul",
                                         "aug", "sep", "sept", "oct", "nov", "dec"};
    std::string lw = util::to_lower_ascii(w);
    while (!lw.empty() && (lw.back() == '.' || lw.back() == ',')) lw.pop_back();
    for (const char* m : months)
        if (lw == m) return true;
    return false;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool only_punctuation(const std::string& w) { return w.find_first_not_of("-–—|,:;·•") == std::string::npos; }

// "Jane Doe May 20, 2019" -> "Jane Doe": a byline's words stop at the first
// one holding a digit (a name run into it, "Nolan22", keeps its letters),
// and trailing month names, lower-case words ("před", "on") and dashes go
// with it. Names are capitalised words.
std::string cut_date_tail(const std::string& s) {
    std::vector<std::string> words = split_words(s);
    std::size_t keep = words.size();
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k];
        const std::size_t digit = w.find_first_of("0123456789");
        if (digit == std::string::npos) continue;
        keep = k;
        // Letters run into the date by a page's markup: the letters are the name's.
        if (digit >= 2 && !is_digit(w[0]) && !is_lower(w[0])) {
            words[k] = w.substr(0, digit);
            keep = k + 1;
        }
        break;
    }
    if (keep == 0) return {};
    if (keep < words.size()) {
        while (keep > 1) {
            const std::string& w = words[keep - 1];
            if (!is_month(w) && !is_lower(w[0]) && !only_punctuation(w)) break;
            --keep;
        }
    }
    while (keep > 0 && only_punctuation(words[keep - 1])) --keep;
    // Nothing but a month and lower-case words: a date, not a name.
    bool named = false;
    for (std::size_t k = 0; k < keep; ++k)
        named = named || (!is_month(words[k]) && !is_lower(words[k][0]));
    if (!named) return {};
    std::string out;
    for (std::size_t k = 0; k < keep; ++k)
        out += (k ? " " : "") + words[k];
    while (!out.empty() && (out.back() == ',' || out.back() == ';')) out.pop_back();
    return out;
}

std::vector<std::string> split_on(const std::string& s, std::string_view sep) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (true) {
        const std::size_t j = s.find(sep, i);
        parts.emplace_back(util::trim(s.substr(i, j == std::string::npos ? std::string::npos : j - i)));
        if (j == std::string::npos) break;
        i = j + sep.size();
    }
    std::erase_if(parts, [](const std::string& p) { return p.empty(); });
    return parts;
}

bool is_staff(const std::string& name) {
    const std::string lower = util::to_lower_ascii(name);
    return lower == "staff" || lower.ends_with(" staff");
}

} // namespace

std::vector<std::string> names_from_byline(std::string_view byline) {
    std::string s = collapse_white_space(byline);
    // A date or a site after a bar or a bullet is not a name.
    for (std::string_view stop : {" | ", " · ", " • "})
        if (const std::size_t at = s.find(stop); at != std::string::npos) s.erase(at);
    if (s.size() > 200) return {};
    std::vector<std::string> parts;
    for (std::string p : split_on(s, ";")) {
        // A label before a colon: "Author: Jane Doe", "Photos: John Roe",
        // "Last updated:" (nothing after it).
        if (const std::size_t colon = p.find(": "); colon != std::string::npos && colon < 30)
            p.erase(0, colon + 2);
        else if (p.back() == ':')
            continue;
        for (std::string_view prefix : {"written by ", "posted by ", "by ", "par ", "von ", "por ", "door "}) {
            if (util::starts_with_icase(p, prefix)) {
                p.erase(0, prefix.size());
                break;
            }
        }
        const std::string lower = util::to_lower_ascii(p);
        if (lower == "by" || lower == "written by" || lower == "posted by") continue;
        p = cut_date_tail(p);
        if (!p.empty()) parts.push_back(std::move(p));
    }
    // "and", "&" and commas part names of two words or more each ("Mac & i"
    // and "Jane Doe, MA" are one name each).
    for (std::string_view sep : {", ", " and ", " & "}) {
        std::vector<std::string> next;
        for (const std::string& p : parts) {
            std::vector<std::string> q = split_on(p, sep);
            const bool names_each = std::all_of(q.begin(), q.end(), [](const std::string& c) {
                return split_words(c).size() >= 2;
            });
            if (q.size() < 2 || !names_each) q = {p};
            for (std::string& one : q)
                next.push_back(std::move(one));
        }
        parts = std::move(next);
    }
    std::vector<std::string> names;
    for (const std::string& p : parts) {
        std::string name = cut_date_tail(p);
        if (!name.empty() && !is_staff(name) && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    }
    return names;
}

} // namespace galley::read::html
