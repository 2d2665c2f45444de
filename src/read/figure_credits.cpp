#include "read/figure_credits.hpp"

#include "read/credit_line.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace galley::read {

namespace {

using model::Block;
using model::Inline;

bool is_blank_text(const Inline& in) {
    return in.kind == Inline::Kind::Text && util::trim(in.text).empty();
}

bool is_break(const Inline& in) {
    return in.kind == Inline::Kind::LineBreak || is_blank_text(in);
}

// The paragraph's one image when there is nothing else in it but white
// space; null otherwise.
const Inline* sole_image(const Block& b) {
    if (b.kind != Block::Kind::Paragraph) return nullptr;
    const Inline* image = nullptr;
    for (const Inline& in : b.inlines) {
        if (in.kind == Inline::Kind::Image && !image)
            image = &in;
        else if (!is_blank_text(in))
            return nullptr;
    }
    return image;
}

// The inlines are one run of italics, white space around it aside.
bool is_sole_emphasis(const model::Inlines& inlines) {
    int found = 0;
    for (const Inline& in : inlines) {
        if (in.kind == Inline::Kind::Emphasis)
            ++found;
        else if (!is_blank_text(in))
            return false;
    }
    return found == 1;
}

// "![x](a.jpg)\n*Photo: X*": the image, then a caption or credit line in
// the same paragraph (the Markdown reader has made the line's soft break a
// space, so the same line counts too). Splits it in two; true when it did.
bool split_image_line(model::Blocks& list, std::size_t i) {
    Block& b = list[i];
    if (b.kind != Block::Kind::Paragraph || b.inlines.size() < 2) return false;
    std::size_t k = 0;
    while (k < b.inlines.size() && is_blank_text(b.inlines[k]))
        ++k;
    if (k >= b.inlines.size() || b.inlines[k].kind != Inline::Kind::Image) return false;
    const std::size_t image = k++;
    while (k < b.inlines.size() && is_break(b.inlines[k]))
        ++k;
    if (k >= b.inlines.size() || k == image + 1) {
        // Nothing after the image, or text glued to it: only a text run
        // opening with white space ("![x](a.jpg) Photo: X") goes on.
        if (k >= b.inlines.size() || b.inlines[k].kind != Inline::Kind::Text ||
            b.inlines[k].text.empty() || (b.inlines[k].text[0] != ' ' && b.inlines[k].text[0] != '\n'))
            return false;
    }
    model::Inlines rest(b.inlines.begin() + static_cast<std::ptrdiff_t>(k), b.inlines.end());
    if (rest.front().kind == Inline::Kind::Text)
        rest.front().text = std::string(util::trim(rest.front().text));
    // Another line break in the rest: more than one line under the image.
    for (const Inline& in : rest)
        if (in.kind == Inline::Kind::LineBreak) return false;
    if (!is_sole_emphasis(rest) && !looks_like_credit_line(model::plain_text(rest))) return false;
    const int line = b.inlines[image].line;
    Block under = model::make_paragraph(std::move(rest), b.pos);
    if (line > 0) under.pos.line = line + 1;
    b.inlines = {b.inlines[image]};
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(under));
    return true;
}

// Rebuilds the list rather than erasing in place: linear however many
// images it holds.
void take(model::Blocks& list, std::vector<model::Credit>& credits, model::Diagnostics& diags) {
    // Most lists hold no image at all: nothing to rebuild.
    const bool any_image = std::any_of(list.begin(), list.end(), [](const Block& b) {
        return b.kind == Block::Kind::Paragraph &&
               std::any_of(b.inlines.begin(), b.inlines.end(),
                           [](const Inline& in) { return in.kind == Inline::Kind::Image; });
    });
    if (!any_image) return;
    // First split "image, line" paragraphs, into a new list.
    model::Blocks split;
    split.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        model::Blocks one;
        one.push_back(std::move(list[i]));
        split_image_line(one, 0);
        for (Block& b : one)
            split.push_back(std::move(b));
    }
    model::Blocks out;
    out.reserve(split.size());
    for (std::size_t i = 0; i < split.size(); ++i) {
        out.push_back(std::move(split[i]));
        const Inline* image = sole_image(out.back());
        if (!image || i + 1 >= split.size()) continue;
        const Block& next = split[i + 1];
        if (next.kind != Block::Kind::Paragraph) continue;
        const std::string text = std::string(util::trim(model::plain_text(next.inlines)));
        auto credit = parse_credit_line(text, next.pos);
        if (!credit) continue;
        credit->subject = image->url;
        diags.note(next.pos, "credit line under image '" + image->url + "' taken as its credit");
        credits.push_back(std::move(*credit));
        ++i; // the credit line leaves the text
    }
    list = std::move(out);
}

} // namespace

void take_figure_credits(model::Blocks& blocks, std::vector<model::Credit>& credits,
                         model::Diagnostics& diags) {
    std::vector<model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        take(*list, credits, diags);
        for (Block& b : *list)
            if (b.kind == Block::Kind::BlockQuote) todo.push_back(&b.children);
    }
}

} // namespace galley::read
