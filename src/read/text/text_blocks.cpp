#include "read/text/text_blocks.hpp"

#include "read/text/heading_rules.hpp"
#include "read/text/line_blocks.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace galley::read::text {

namespace {

using model::Block;

constexpr int max_quote_depth = 8;

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
    if (s[i] == ' ' || s[i] == '\t') {
        width = 1;
        return true;
    }
    // U+00A0 NO-BREAK SPACE: scrapers leave it where the page had &nbsp;.
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
        width = 2;
        return true;
    }
    return false;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

int columns_of_indent(std::string_view raw) {
    int cols = 0;
    for (char c : raw) {
        if (c == ' ')
            ++cols;
        else if (c == '\t')
            cols += 4;
        else
            break;
    }
    return cols;
}

// A setext-style underline below a heading line: `====` or `----`.
bool is_underline(std::string_view t) {
    if (t.size() < 3 || (t[0] != '=' && t[0] != '-')) return false;
    return std::all_of(t.begin(), t.end(), [&](char c) { return c == t[0]; });
}

bool continues(const ListMarker& prev, const ListMarker& next) {
    if (prev.kind != next.kind || prev.delimiter != next.delimiter) return false;
    if (prev.kind == ListMarker::Kind::Bullet) return prev.value == next.value;
    return next.value == prev.value + 1;
}

class Builder {
  public:
    Builder(const StyleGuess& style, const std::string& path, int depth)
        : style_(style), path_(path), depth_(depth) {}

    Built run(const std::vector<Line>& lines) {
        bool after_blank = true;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line& line = lines[i];
            if (line.text.empty()) {
                flush_paragraph(true);
                in_item_ = false;
                after_blank = true;
                continue;
            }
            const bool was_after_blank = after_blank;
            after_blank = false;
            if (line.text[0] == '>' && depth_ < max_quote_depth) {
                i = quote(lines, i) - 1;
                continue;
            }
            quote_open_ = false;
            if (is_underline(line.text) && para_.size() == 1) {
                setext_heading();
                continue;
            }
            if (is_scene_break(line.text)) {
                flush_all();
                Block b;
                b.kind = Block::Kind::ThematicBreak;
                b.pos = {path_, line.no};
                push(std::move(b), false);
                continue;
            }
            ListMarker marker;
            if (parse_list_marker(line.text, marker) &&
                (para_.empty() || style_.style == ParagraphStyle::OneLine ||
                 next_item_continues(lines, i, marker))) {
                flush_paragraph(false);
                if (!items_.empty() && !continues(items_.back().marker, marker)) flush_list();
                items_.push_back({marker, line, {line.text.substr(marker.width)}});
                in_item_ = true;
                continue;
            }
            if (in_item_ && (style_.style != ParagraphStyle::OneLine ||
                             line.indent > items_.back().line.indent)) {
                items_.back().content.push_back(line.text);
                continue;
            }
            in_item_ = false;
            flush_list();
            text_line(line, was_after_blank);
        }
        flush_all();
        return std::move(out_);
    }

  private:
    // Inside a paragraph, "- and then" or "12. Then" at the start of a
    // wrapped line is text unless another item follows (within a few lines).
    static bool next_item_continues(const std::vector<Line>& lines, std::size_t i,
                                    const ListMarker& marker) {
        const std::size_t end = std::min(lines.size(), i + 50);
        for (std::size_t j = i + 1; j < end; ++j) {
            if (lines[j].text.empty()) continue;
            ListMarker next;
            if (parse_list_marker(lines[j].text, next)) return continues(marker, next);
            if (j > i + 1 && lines[j - 1].text.empty()) return false; // text after a blank
        }
        return false;
    }

    struct Item {
        ListMarker marker;
        Line line;
        std::vector<std::string_view> content;
    };

    void push(Block b, bool standalone) {
        out_.blocks.push_back(std::move(b));
        out_.standalone.push_back(standalone);
    }

    void text_line(const Line& line, bool after_blank) {
        if (!para_.empty()) {
            bool split = style_.style == ParagraphStyle::OneLine;
            if (blank_line_blocks()) {
                // Decided for the whole block in flush_paragraph.
                para_.push_back(line);
                return;
            }
            if (style_.style == ParagraphStyle::HardWrapped) {
                // A line that ends a sentence and had room for the next
                // line's first word was ended on purpose: a paragraph break.
                // So is an indented next line.
                const Line& prev = para_.back();
                const auto len = static_cast<int>(util::length(prev.text));
                const auto next_word =
                    static_cast<int>(util::length(line.text.substr(0, line.text.find(' '))));
                split =
                    (ends_like_sentence(prev.text) && (len * 10 < style_.wrap_width * 6 ||
                                                       len + 1 + next_word <= style_.wrap_width)) ||
                    line.indent >= prev.indent + 2;
            }
            // A dialogue line ("– Bonjour", "— Привет") is its own paragraph.
            if (line.text.starts_with("\xE2\x80\x93 ") || line.text.starts_with("\xE2\x80\x94 "))
                split = true;
            if (split) flush_paragraph(false);
        }
        if (para_.empty()) para_after_blank_ = after_blank;
        para_.push_back(line);
    }

    bool blank_line_blocks() const {
        return style_.style == ParagraphStyle::HardWrapped && style_.blank_lines;
    }

    void flush_paragraph(bool followed_by_blank) {
        if (para_.empty()) return;
        if (blank_line_blocks() && para_.size() > 1) return flush_block();
        std::vector<std::string_view> texts;
        for (const Line& l : para_)
            texts.push_back(l.text);
        const bool alone = para_.size() == 1 && (style_.style == ParagraphStyle::OneLine ||
                                                 (para_after_blank_ && followed_by_blank));
        push(model::make_paragraph({model::Inline::make_text(collapse_spaces(texts))},
                                   {path_, para_.front().no}),
             alone);
        para_.clear();
    }

    // A blank-line block of several lines in a hard-wrapped text.
    void flush_block() {
        if (is_line_block(para_, style_.wrap_width)) {
            push(make_line_block(para_, path_), false);
            para_.clear();
            return;
        }
        const std::vector<std::size_t> starts = paragraph_starts(para_, style_.wrap_width);
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : para_.size();
            std::vector<std::string_view> texts;
            for (std::size_t j = starts[k]; j < end; ++j)
                texts.push_back(para_[j].text);
            push(model::make_paragraph({model::Inline::make_text(collapse_spaces(texts))},
                                       {path_, para_[starts[k]].no}),
                 false);
        }
        para_.clear();
    }

    void setext_heading() {
        std::string text = collapse_spaces({para_.front().text});
        out_.blocks.push_back(model::make_heading(2, {model::Inline::make_text(std::move(text))},
                                                  {path_, para_.front().no}));
        out_.standalone.push_back(false);
        para_.clear();
    }

    void flush_list() {
        if (items_.empty()) return;
        if (items_.size() == 1) {
            // One lone "marker" line is not a list: keep it as written.
            const Item& it = items_.front();
            std::vector<std::string_view> texts{it.line.text};
            texts.insert(texts.end(), it.content.begin() + 1, it.content.end());
            push(model::make_paragraph({model::Inline::make_text(collapse_spaces(texts))},
                                       {path_, it.line.no}),
                 it.content.size() == 1);
            items_.clear();
            return;
        }
        Block list;
        list.kind = Block::Kind::List;
        list.ordered = items_.front().marker.kind != ListMarker::Kind::Bullet;
        list.start = list.ordered ? items_.front().marker.value : 1;
        // The author's own numbering is kept: "option b)" in the text must
        // still match the list's "b)".
        if (items_.front().marker.kind == ListMarker::Kind::LowerLetter) list.list_style = "a";
        if (items_.front().marker.kind == ListMarker::Kind::UpperLetter) list.list_style = "A";
        list.tight = true; // every item is one paragraph of text
        list.pos = {path_, items_.front().line.no};
        for (const Item& it : items_) {
            Block item;
            item.kind = Block::Kind::ListItem;
            item.pos = {path_, it.line.no};
            item.children.push_back(model::make_paragraph(
                {model::Inline::make_text(collapse_spaces(it.content))}, item.pos));
            list.children.push_back(std::move(item));
        }
        push(std::move(list), false);
        items_.clear();
    }

    void flush_all() {
        flush_paragraph(true);
        flush_list();
        in_item_ = false;
    }

    // Consumes the '>' lines from `i`; returns the index after them.
    std::size_t quote(const std::vector<Line>& lines, std::size_t i) {
        const bool merge = quote_open_; // only blank lines since the last quote
        flush_all();
        std::vector<Line> inner;
        for (; i < lines.size() && !lines[i].text.empty() && lines[i].text[0] == '>'; ++i) {
            std::string_view t = lines[i].text.substr(1);
            inner.push_back({util::trim(t), lines[i].no, columns_of_indent(t)});
        }
        // Blank lines inside a quote separate its paragraphs.
        Built built = Builder({ParagraphStyle::BlankLines, 0}, path_, depth_ + 1).run(inner);
        if (merge && !out_.blocks.empty() && out_.blocks.back().kind == Block::Kind::BlockQuote) {
            auto& kids = out_.blocks.back().children;
            kids.insert(kids.end(), std::make_move_iterator(built.blocks.begin()),
                        std::make_move_iterator(built.blocks.end()));
        } else {
            Block q;
            q.kind = Block::Kind::BlockQuote;
            q.pos = {path_, inner.front().no};
            q.children = std::move(built.blocks);
            push(std::move(q), false);
        }
        quote_open_ = true;
        return i;
    }

    StyleGuess style_;
    const std::string& path_;
    int depth_;
    Built out_;
    std::vector<Line> para_;
    bool para_after_blank_ = true;
    std::vector<Item> items_;
    bool in_item_ = false;
    bool quote_open_ = false;
};

} // namespace

std::vector<Line> to_lines(std::string_view text, int first_no) {
    std::vector<Line> lines;
    int no = first_no;
    for (std::string_view raw : util::split_lines(text))
        lines.push_back({util::trim(raw), no++, columns_of_indent(raw)});
    return lines;
}

StyleGuess guess_style(const std::vector<Line>& lines) {
    std::vector<int> lengths;
    std::size_t in_multi = 0;      // lines in runs of two or more non-blank lines
    std::vector<int> not_last;     // lengths of lines followed by a non-blank line
    std::size_t sentence_ends = 0; // ... of which end like a sentence
    std::size_t blocks_after_blank = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.empty()) continue;
        if (i > 0 && lines[i - 1].text.empty() && i + 1 < lines.size() &&
            !lines[i + 1].text.empty())
            ++blocks_after_blank;
        const auto len = static_cast<int>(util::length(lines[i].text));
        lengths.push_back(len);
        const bool prev = i > 0 && !lines[i - 1].text.empty();
        const bool next = i + 1 < lines.size() && !lines[i + 1].text.empty();
        if (prev || next) ++in_multi;
        if (next) {
            not_last.push_back(len);
            sentence_ends += ends_like_sentence(lines[i].text);
        }
    }
    // Mostly single-line chunks, or too little to tell: blank-line separated.
    if (lengths.size() < 3 || in_multi * 2 < lengths.size() || not_last.empty()) return {};
    std::sort(lengths.begin(), lengths.end());
    const int width = lengths[(lengths.size() - 1) * 9 / 10];
    const std::size_t n = not_last.size();
    // Cut near one width, mostly mid-sentence: hard-wrapped.
    if (width >= 30 && width <= 100 && sentence_ends * 2 < n) {
        const auto near = std::count_if(not_last.begin(), not_last.end(),
                                        [&](int len) { return len * 10 >= width * 7; });
        if (static_cast<std::size_t>(near) * 10 >= n * 6)
            return {ParagraphStyle::HardWrapped, width, blocks_after_blank >= 3};
    }
    // Lines that end sentences, without blank lines between them.
    if (sentence_ends * 10 >= n * 6) return {ParagraphStyle::OneLine, 0};
    return {};
}

std::string describe(const StyleGuess& guess) {
    switch (guess.style) {
    case ParagraphStyle::BlankLines:
        return "blank-line separated";
    case ParagraphStyle::HardWrapped:
        return "hard-wrapped at " + std::to_string(guess.wrap_width) + " columns (unwrapped)" +
               (guess.blank_lines
                    ? "; one paragraph per blank-line block, split only where a line ends early "
                      "before an indent or dialogue; short capitalised lines kept as line blocks"
                    : "; no blank lines: a line ending a sentence early ends its paragraph");
    case ParagraphStyle::OneLine:
        return "one line per paragraph";
    }
    return {};
}

Built build_blocks(const std::vector<Line>& lines, const StyleGuess& style,
                   const std::string& path) {
    return Builder(style, path, 0).run(lines);
}

std::string collapse_spaces(const std::vector<std::string_view>& lines) {
    std::string out;
    bool pending = false;
    for (std::string_view line : lines) {
        line = util::trim(line);
        if (!out.empty()) pending = true;
        std::size_t i = 0;
        while (i < line.size()) {
            std::size_t width = 0;
            if (is_space_at(line, i, width)) {
                pending = true;
                i += width;
                continue;
            }
            if (pending && !out.empty()) out += ' ';
            pending = false;
            out += line[i++];
        }
    }
    return out;
}

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
