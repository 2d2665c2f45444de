#include "read/text/line_blocks.hpp"

#include "read/text/heading_rules.hpp"
#include "util/utf8.hpp"

namespace galley::read::text {

namespace {

int length_of(std::string_view s) {
    return static_cast<int>(util::length(s));
}

bool starts_capitalised(std::string_view t) {
    if (t.empty()) return false;
    const char c = t[0];
    if (c >= 'a' && c <= 'z') return false;
    // Non-ASCII: a lower-case Latin-1 letter (U+00DF..U+00FF) does not count.
    if (c == '\xC3' && t.size() > 1 && static_cast<unsigned char>(t[1]) >= 0x9F) return false;
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool opens_dialogue(std::string_view t) {
    return t.starts_with('"') || t.starts_with('\'') || t.starts_with("\xE2\x80\x9C") || // “
           t.starts_with("\xE2\x80\x98") || t.starts_with("\xC2\xAB") ||                // ‘ «
           t.starts_with("\xE2\x80\x94") || t.starts_with("\xE2\x80\x93");              // — –
}

} // namespace

bool is_line_block(const std::vector<Line>& block, int wrap_width) {
    if (block.size() < 2 || wrap_width <= 0) return false;
    for (const Line& l : block) {
        if (length_of(l.text) * 10 >= wrap_width * 6 || !starts_capitalised(l.text)) return false;
    }
    return true;
}

model::Block make_line_block(const std::vector<Line>& block, const std::string& path) {
    model::Block b;
    b.kind = model::Block::Kind::LineBlock;
    b.pos = {path, block.front().no};
    bool uneven = false;
    for (const Line& l : block) {
        uneven = uneven || l.indent != block.front().indent;
        b.children.push_back(model::make_paragraph(
            {model::Inline::make_text(collapse_spaces({l.text}))}, {path, l.no}));
    }
    if (block.size() >= 3 || uneven) b.role = "verse";
    return b;
}

std::vector<std::size_t> paragraph_starts(const std::vector<Line>& block, int wrap_width) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 1; i < block.size(); ++i) {
        const Line& prev = block[i - 1];
        const Line& line = block[i];
        const int next_word = length_of(line.text.substr(0, line.text.find(' ')));
        const bool ended_early = length_of(prev.text) + 1 + next_word <= wrap_width;
        if (!ended_early || !ends_like_sentence(prev.text)) continue;
        if (line.indent >= prev.indent + 2 || opens_dialogue(line.text)) starts.push_back(i);
    }
    return starts;
}

} // namespace galley::read::text
