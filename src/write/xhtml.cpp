#include "write/xhtml.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace galley::write {

namespace {

using model::Block;
using model::Inline;

// Readers cap nesting; past this depth the renderer emits content without
// further wrappers, so recursion stays bounded on any model.
constexpr int max_depth = 64;

bool is_absolute_url(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = url[i];
        const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
        if (!ok) return false;
    }
    return std::isalpha(static_cast<unsigned char>(url[0]));
}

bool is_safe_scheme(std::string_view url) {
    for (std::string_view scheme : {"http:", "https:", "mailto:", "ftp:"}) {
        if (url.size() >= scheme.size()) {
            bool same = true;
            for (std::size_t i = 0; i < scheme.size() && same; ++i)
                same = std::tolower(static_cast<unsigned char>(url[i])) == scheme[i];
            if (same) return true;
        }
    }
    return false;
}

// Percent-encodes what may not stand in a URL (spaces, controls, quotes,
// non-ASCII bytes) so readers and validators accept the href.
std::string encode_url(std::string_view url) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : url) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
            c == '`' || c == '{' || c == '|' || c == '}') {
            out += '%';
            out += digits[b >> 4];
            out += digits[b & 15];
        } else {
            out += c;
        }
    }
    return out;
}

void inlines(const model::Inlines& list, MarkupSink& out, int depth);

void inline_node(const Inline& in, MarkupSink& out, int depth) {
    if (depth > max_depth && !in.children.empty()) return inlines(in.children, out, depth);
    switch (in.kind) {
    case Inline::Kind::Text: out.text(in.text); return;
    case Inline::Kind::LineBreak:
        out.open("br", true);
        out.close();
        return;
    case Inline::Kind::Code:
        out.open("code", true);
        out.text(in.text);
        out.close();
        return;
    case Inline::Kind::Emphasis: out.open("em", true); break;
    case Inline::Kind::Strong: out.open("strong", true); break;
    case Inline::Kind::Link:
        // Only absolute links to safe schemes become anchors; anything else
        // (javascript:, unresolved relative paths) stays as its text.
        if (!is_absolute_url(in.url) || !is_safe_scheme(in.url)) return inlines(in.children, out, depth + 1);
        out.open("a", true);
        out.attribute("href", encode_url(in.url));
        break;
    }
    inlines(in.children, out, depth + 1);
    out.close();
}

void inlines(const model::Inlines& list, MarkupSink& out, int depth) {
    for (const Inline& in : list) inline_node(in, out, depth);
}

void blocks(const model::Blocks& list, MarkupSink& out, int depth);

void block(const Block& b, MarkupSink& out, int depth) {
    if (depth > max_depth) {
        inlines(b.inlines, out, depth);
        if (!b.text.empty()) out.text(b.text);
        return blocks(b.children, out, depth);
    }
    switch (b.kind) {
    case Block::Kind::Paragraph:
        out.open("p");
        inlines(b.inlines, out, depth);
        out.close();
        return;
    case Block::Kind::Heading: {
        static const char* names[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
        out.open(names[std::clamp(b.level, 1, 6) - 1]);
        if (!b.id.empty()) out.attribute("id", b.id);
        inlines(b.inlines, out, depth);
        out.close();
        return;
    }
    case Block::Kind::List:
        out.open(b.ordered ? "ol" : "ul");
        if (b.ordered && b.start != 1) out.attribute("start", std::to_string(b.start));
        blocks(b.children, out, depth + 1);
        out.close();
        return;
    case Block::Kind::ListItem:
        out.open("li");
        blocks(b.children, out, depth + 1);
        out.close();
        return;
    case Block::Kind::BlockQuote:
        out.open("blockquote");
        blocks(b.children, out, depth + 1);
        out.close();
        return;
    case Block::Kind::CodeBlock:
        out.open("pre");
        out.open("code", true);
        if (!b.language.empty()) out.attribute("class", "language-" + b.language);
        out.text(b.text);
        out.close();
        out.close();
        return;
    case Block::Kind::ThematicBreak:
        out.open("hr");
        out.close();
        return;
    }
}

void blocks(const model::Blocks& list, MarkupSink& out, int depth) {
    for (const Block& b : list) block(b, out, depth);
}

} // namespace

void render_blocks(const model::Blocks& list, MarkupSink& out) { blocks(list, out, 0); }

void render_inlines(const model::Inlines& list, MarkupSink& out) { inlines(list, out, 0); }

void render_article(const model::Article& article, MarkupSink& out) {
    out.open("section");
    out.attribute("id", article.id);
    out.attribute("class", "article");
    out.open("h1");
    out.text(article.title);
    out.close();
    render_blocks(article.blocks, out);
    out.close();
}

} // namespace galley::write
