// Line shapes that open a block in plain text: list markers and scene
// breaks. Declared in read/text/text_blocks.hpp.
#include "read/text/text_blocks.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace galley::read::text {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

bool is_scene_break(std::string_view t) {
    if (t == "#" || t == "\xE2\x81\x82") return true; // ⁂
    std::string marks;
    for (char c : t) {
        if (c == ' ' || c == '\t') continue;
        marks += c;
        if (marks.size() > 200) return false;
    }
    if (marks.size() < 3) return false;
    const char c = marks[0];
    if (c != '*' && c != '-' && c != '_' && c != '~' && c != '=' && c != '#') return false;
    return std::all_of(marks.begin(), marks.end(), [&](char m) { return m == c; });
}

bool parse_list_marker(std::string_view t, ListMarker& out) {
    // Bullets: one character, then a space.
    static constexpr std::pair<std::string_view, char32_t> bullets[] = {
        {"-", '-'},
        {"*", '*'},
        {"+", '+'},
        {"\xE2\x80\xA2", 0x2022}, // •
        {"\xE2\x97\xA6", 0x25E6}, // ◦
        {"\xE2\x96\xAA", 0x25AA}, // ▪
    };
    // Not "–" or "—": dialogue in French or Russian fiction starts with them.
    for (const auto& [text, cp] : bullets) {
        if (t.size() > text.size() + 1 && t.substr(0, text.size()) == text &&
            (t[text.size()] == ' ' || t[text.size()] == '\t')) {
            std::size_t w = text.size();
            while (w < t.size() && (t[w] == ' ' || t[w] == '\t'))
                ++w;
            out = {ListMarker::Kind::Bullet, '-', static_cast<int>(cp), w};
            return w < t.size();
        }
    }
    std::size_t i = 0;
    const bool paren = !t.empty() && t[0] == '(';
    if (paren) ++i;
    ListMarker m;
    if (i < t.size() && is_digit(t[i])) {
        std::size_t digits = 0;
        while (i < t.size() && is_digit(t[i]) && digits < 4) {
            m.value = m.value * 10 + (t[i] - '0');
            ++i;
            ++digits;
        }
        if (digits > 3) return false;
        m.kind = ListMarker::Kind::Number;
    } else if (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z'))) {
        const bool lower = t[i] >= 'a';
        m.kind = lower ? ListMarker::Kind::LowerLetter : ListMarker::Kind::UpperLetter;
        m.value = t[i] - (lower ? 'a' : 'A') + 1;
        ++i;
    } else {
        return false;
    }
    if (i >= t.size()) return false;
    if (paren) {
        if (t[i] != ')') return false;
        m.delimiter = '(';
    } else {
        if (t[i] != '.' && t[i] != ')') return false;
        m.delimiter = t[i];
    }
    ++i;
    if (i >= t.size() || (t[i] != ' ' && t[i] != '\t')) return false;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
        ++i;
    if (i >= t.size()) return false;
    m.width = i;
    out = m;
    return true;
}

} // namespace galley::read::text
