#include "read/text/title_lines.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace galley::read::text {

namespace {

bool is_gutenberg_marker(std::string_view line, std::string_view which) {
    if (!line.starts_with("***")) return false;
    line.remove_prefix(3);
    line = util::trim(line);
    if (!util::starts_with_icase(line, which)) return false;
    return util::to_lower_ascii(line.substr(0, 80)).find("project gutenberg") != std::string::npos;
}

} // namespace

bool title_case_capitals(std::string& title) {
    int letters = 0;
    for (const char c : title) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        if (c >= 'a' && c <= 'z') return false;
        letters += c >= 'A' && c <= 'Z';
    }
    if (letters < 4) return false;
    static const char* const small[] = {"a",  "an", "and", "as", "at", "but", "by", "for", "in",
                                        "of", "on", "or",  "the", "to", "with"};
    std::string out;
    std::size_t at = 0;
    bool first_word = true;
    while (at < title.size()) {
        const std::size_t end = std::min(title.find(' ', at), title.size());
        std::string word = title.substr(at, end - at);
        const bool has_digit = word.find_first_of("0123456789") != std::string::npos;
        if (!has_digit) {
            for (char& c : word)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            const bool is_small = std::find_if(std::begin(small), std::end(small), [&](const char* w) {
                                      return word == w;
                                  }) != std::end(small);
            if (first_word || !is_small) {
                for (char& c : word)
                    if (c >= 'a' && c <= 'z') {
                        c = static_cast<char>(c - 'a' + 'A');
                        break;
                    }
            }
        }
        if (!word.empty()) first_word = false;
        out += word;
        if (end < title.size()) out += ' ';
        at = end + 1;
    }
    title = std::move(out);
    return true;
}

std::size_t find_subtitle(const std::vector<Line>& lines, std::size_t title) {
    const std::string_view t = lines[title].text;
    if (t.empty() || (t.back() != ';' && t.back() != ':')) return 0;
    std::size_t k = title + 1;
    for (int blanks = 0; k < lines.size() && lines[k].text.empty() && blanks < 2; ++blanks)
        ++k;
    if (k >= lines.size() || lines[k].text.empty() || lines[k].text.size() > 160) return 0;
    const std::string_view s = lines[k].text;
    const bool or_line = util::starts_with_icase(s, "or,") || util::starts_with_icase(s, "or the ");
    return or_line || (s[0] >= 'a' && s[0] <= 'z') ? k : 0;
}

void drop_gutenberg_frame(std::vector<Line>& lines, const std::string& path,
                          model::Diagnostics& diags) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_gutenberg_marker(lines[i].text, "start of")) continue;
        diags.note({path, lines[i].no}, "Project Gutenberg header removed (lines 1-" +
                                            std::to_string(lines[i].no) + ")");
        lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        break;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_gutenberg_marker(lines[i].text, "end of")) continue;
        diags.note({path, lines[i].no}, "Project Gutenberg footer removed (from line " +
                                            std::to_string(lines[i].no) + ")");
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.end());
        break;
    }
}

} // namespace galley::read::text
