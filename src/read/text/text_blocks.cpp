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

Built build_blocks(const std::vector<Line>& lines, const StyleGuess& style,
                   const std::string& path) {
    return Builder(style, path, 0).run(lines);
}

} // namespace galley::read::text
