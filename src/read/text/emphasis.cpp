#include "read/text/emphasis.hpp"

#include "model/block.hpp"

#include <vector>

namespace galley::read::text {

namespace {

using model::Inline;

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_opening_punct(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[';
}

bool is_closing_punct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
           c == '\'' || c == ')' || c == ']';
}

// A whitespace-delimited token that must keep its underscores and asterisks.
bool is_protected(std::string_view tok) {
    if (tok.find("://") != std::string_view::npos || tok.starts_with("www.") ||
        tok.find('@') != std::string_view::npos || tok.find('/') != std::string_view::npos ||
        tok.find('\\') != std::string_view::npos)
        return true;
    for (std::size_t i = 1; i + 1 < tok.size(); ++i) {
        // snake_case and file_names: a marker between two word characters.
        if ((tok[i] == '_' || tok[i] == '*') && is_word_char(tok[i - 1]) &&
            is_word_char(tok[i + 1]))
            return true;
        // a file name: "notes.txt" (a dot between word characters, a short extension)
        if (tok[i] == '.' && is_word_char(tok[i - 1]) && is_word_char(tok[i + 1])) {
            std::size_t e = i + 1;
            while (e < tok.size() && is_word_char(tok[e]))
                ++e;
            if (e - i - 1 <= 4 && (tok[i - 1] < '0' || tok[i - 1] > '9')) return true;
        }
    }
    return false;
}

struct Marker {
    std::size_t at;
    char c;
    bool opens;
};

} // namespace

model::Inlines parse_emphasis(std::string_view text) {
    // Markers that may open or close, found token by token.
    std::vector<Marker> markers;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        const std::size_t b = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        const std::string_view tok = text.substr(b, i - b);
        if (tok.empty() || is_protected(tok)) continue;
        std::size_t s = 0;
        while (s < tok.size() && is_opening_punct(tok[s]))
            ++s;
        std::size_t e = tok.size();
        while (e > s && is_closing_punct(tok[e - 1]))
            --e;
        if (e <= s) continue;
        const char open = tok[s], close = tok[e - 1];
        const bool can_open = (open == '_' || open == '*') && s + 1 < e &&
                              tok[s + 1] != open && tok[s + 1] != ' ';
        const bool can_close = (close == '_' || close == '*') && e >= 2 && e - 1 > s &&
                               tok[e - 2] != close;
        if (can_open) markers.push_back({b + s, open, true});
        if (can_close && !(can_open && e - 1 == s)) markers.push_back({b + e - 1, close, false});
    }
    // Pair each opener with the next closer of the same character.
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t open_at[2] = {std::string_view::npos, std::string_view::npos};
    for (const Marker& m : markers) {
        std::size_t& slot = open_at[m.c == '*'];
        if (!m.opens && slot != std::string_view::npos && m.at > slot + 1) {
            // No span of the other marker may be open across this one.
            std::size_t& other = open_at[m.c != '*'];
            if (other == std::string_view::npos || other < slot) {
                spans.emplace_back(slot, m.at);
                slot = std::string_view::npos;
                other = std::string_view::npos;
                continue;
            }
        }
        if (m.opens && slot == std::string_view::npos) slot = m.at;
    }
    model::Inlines out;
    std::size_t pos = 0;
    for (const auto& [a, z] : spans) {
        if (a > pos) out.push_back(Inline::make_text(std::string(text.substr(pos, a - pos))));
        out.push_back(Inline::make_span(Inline::Kind::Emphasis,
                                        {Inline::make_text(std::string(text.substr(a + 1, z - a - 1)))}));
        pos = z + 1;
    }
    if (pos < text.size() || out.empty())
        out.push_back(Inline::make_text(std::string(text.substr(pos))));
    return out;
}

std::size_t apply_emphasis(model::Blocks& blocks) {
    std::size_t made = 0;
    std::vector<model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        for (model::Block& b : *list) {
            if (b.inlines.size() == 1 && b.inlines[0].kind == Inline::Kind::Text &&
                (b.inlines[0].text.find('_') != std::string::npos ||
                 b.inlines[0].text.find('*') != std::string::npos)) {
                model::Inlines parsed = parse_emphasis(b.inlines[0].text);
                for (const Inline& in : parsed)
                    made += in.kind == Inline::Kind::Emphasis;
                b.inlines = std::move(parsed);
            }
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
    return made;
}

} // namespace galley::read::text
