#include "read/text/contents_list.hpp"

#include "read/text/heading_shapes.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace galley::read::text {

namespace {

constexpr std::size_t max_entry_words = 12;
constexpr std::size_t max_entries = 5000;

bool is_contents_word(std::string_view t) {
    static constexpr std::array<std::string_view, 12> words = {
        "contents",    "table of contents", "table des matières", "sommaire",
        "inhalt",      "inhaltsverzeichnis", "índice",            "indice",
        "contenido",   "содержание",         "оглавление",        "فهرست"};
    const std::string key = contents_key(t);
    return std::find(words.begin(), words.end(), key) != words.end() ||
           key == "table des mati\xC3\x88res" || key == "\xC3\x8Dndice";
}

bool is_entry(std::string_view t) {
    return t.size() <= 120 && util::count_words(t, max_entry_words) <= max_entry_words;
}

} // namespace

std::optional<ContentsList> take_contents_list(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.empty() || !is_contents_word(lines[i].text)) continue;
        if (i > 0 && !lines[i - 1].text.empty()) continue; // stands alone
        ContentsList list;
        list.first_line = lines[i].no;
        std::string first_key;
        std::size_t j = i + 1, end = i + 1;
        bool blank_before = true;
        int blanks = 0;
        while (j < lines.size() && list.entries.size() < max_entries) {
            const std::string_view t = lines[j].text;
            if (t.empty()) {
                blank_before = true;
                ++blanks;
                ++j;
                continue;
            }
            // Two blank lines after the entries end the list (as in Project
            // Gutenberg's layout: a gap between sections).
            if (blanks >= 2 && list.entries.size() >= 3) break;
            blanks = 0;
            // The body starts where the first entry comes again.
            if (blank_before && !first_key.empty() && contents_key(t) == first_key) break;
            // A chunk that reads as prose ends the list.
            const bool prose_chunk =
                !is_entry(t) || (j + 1 < lines.size() && !lines[j + 1].text.empty() &&
                                 !is_entry(lines[j + 1].text));
            if (prose_chunk) break;
            if (first_key.empty()) first_key = contents_key(t);
            list.entries.emplace_back(t);
            list.last_line = lines[j].no;
            blank_before = false;
            end = ++j;
        }
        if (list.entries.size() < 3) continue;
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i),
                    lines.begin() + static_cast<std::ptrdiff_t>(end));
        return list;
    }
    return std::nullopt;
}

} // namespace galley::read::text
