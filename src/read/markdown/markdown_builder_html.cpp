// MarkdownBuilder, its raw-HTML half: tokens of html_subset mapped onto the
// frame stack, so that tags pair across cmark's separate inline nodes.

#include "read/markdown/markdown_builder.hpp"

#include "util/text.hpp"

namespace galley::read {

namespace {

using model::Block;
using model::Inline;

// White space runs become one space, as an HTML renderer would show them.
std::string collapse_space(std::string_view s) { return util::collapse_html_space(s); }

} // namespace

// ---------------------------------------------------------------------------
// Raw HTML

void MarkdownBuilder::report(int line, std::string message) {
    if (++reported_ <= max_html_reports) diags_.warn({path_, line}, std::move(message));
}

std::string MarkdownBuilder::decode(std::string_view s) const {
    return html::decode_references(s, named_reference_);
}

void MarkdownBuilder::end_skip(bool closed, int line) {
    if (!closed) report(line, "<" + skip_tag_ + "> not closed: dropped to the end of its block");
    skip_tag_.clear();
    skip_level_ = 0;
}

void MarkdownBuilder::html_inline(std::string_view html, int line) {
    for (const html::Token& t : html::tokenize(html))
        token(t, line + t.line, false);
}

void MarkdownBuilder::html_block(std::string_view html, int line) {
    for (const html::Token& t : html::tokenize(html))
        token(t, line + t.line, true);
    // Leaves and inline elements never outlive their HTML block: the next
    // Markdown block cannot go inside them. Containers (blockquote, figure)
    // stay open until their end tag or their parent's end.
    if (in_pre_) flush_pre();
    if (skipping()) end_skip(false, line);
    end_leaf();
}

void MarkdownBuilder::token(const html::Token& t, int line, bool block_context) {
    using K = html::Token::Kind;
    if (skipping()) {
        if (t.kind == K::EndTag && t.name == skip_tag_) end_skip(true, line);
        return;
    }
    if (in_pre_) {
        if (t.kind == K::Text) pre_text_ += decode(t.text);
        if (t.kind == K::CData) pre_text_ += t.text;
        if (t.kind == K::StartTag && t.name == "br") pre_text_ += '\n';
        if (t.kind == K::EndTag && t.name == pre_tag_) flush_pre();
        return;
    }
    switch (t.kind) {
    case K::Text:
        if (block_context) return block_text(t.text, line);
        return literal_text(t.source, line, false);
    case K::Comment:
        return; // invisible in any rendering: nothing is lost
    case K::CData:
        report(line, "CDATA section in raw HTML kept as text");
        return literal_text(t.text, line, block_context);
    case K::Declaration:
        return report(line, "raw HTML declaration <!" + t.text.substr(0, 40) + "> dropped");
    case K::ProcessingInstruction:
        return report(line, "processing instruction <?" + t.text.substr(0, 40) + "?> dropped");
    case K::StartTag:
        return start_tag(t, line, block_context);
    case K::EndTag:
        return end_tag(t, line, block_context);
    }
}

void MarkdownBuilder::block_text(std::string_view raw, int line) {
    std::string text = collapse_space(decode(raw));
    const Frame& top = stack_.back();
    const bool in_text = !top.is_block || is_leaf(top.block.kind);
    if (!in_text) {
        if (util::trim(text).empty()) return;
        ensure_leaf(line);
    }
    const Frame& now = stack_.back();
    if (now.is_block && now.block.inlines.empty() && !text.empty() && text.front() == ' ')
        text.erase(0, 1);
    add_inline(Inline::make_text(std::move(text)));
}

void MarkdownBuilder::literal_text(std::string text, int line, bool block_context) {
    if (block_context) ensure_leaf(line);
    add_inline(Inline::make_text(std::move(text)));
}

void MarkdownBuilder::ensure_leaf(int line) {
    const Frame& top = stack_.back();
    if (!top.is_block || is_leaf(top.block.kind) || too_deep(line)) return;
    Frame f;
    f.block.kind = Block::Kind::Paragraph;
    f.block.pos = {path_, line};
    f.line = line;
    push(std::move(f));
}

void MarkdownBuilder::end_leaf() {
    while (stack_.size() > 1 && stack_.back().node == nullptr &&
           (!stack_.back().is_block || is_leaf(stack_.back().block.kind)))
        pop();
}

void MarkdownBuilder::flush_pre() {
    in_pre_ = false;
    Block b;
    b.kind = Block::Kind::CodeBlock;
    b.text = std::move(pre_text_);
    if (!b.text.empty() && b.text.front() == '\n') b.text.erase(0, 1);
    b.pos = {path_, pre_line_};
    pre_text_.clear();
    add_block(std::move(b));
}

void MarkdownBuilder::start_tag(const html::Token& t, int line, bool block_context) {
    using html::Role;
    const html::ElementInfo info = html::classify(t.name);
    if (info.role == Role::Unknown) {
        // Not HTML at all ("Vec<String>", "<T>"): the author meant the text.
        report(line, "unknown HTML tag " + t.source.substr(0, 60) + " kept as text");
        return literal_text(t.source, line, block_context);
    }
    for (const html::Attribute& a : t.attributes) {
        if (a.name.size() > 2 && a.name.compare(0, 2, "on") == 0)
            report(line, "event attribute '" + a.name + "' on <" + t.name + "> dropped");
    }
    const bool has_end = !info.is_void && !t.self_closing;
    auto open_inline = [&](Inline inl, Close close) {
        if (block_context) ensure_leaf(line);
        if (!has_end || too_deep(line)) return;
        Frame f;
        f.is_block = false;
        f.inl = std::move(inl);
        f.tag = t.name;
        f.close = close;
        f.line = line;
        push(std::move(f));
    };
    auto open_html_block = [&](Block::Kind kind, int level, bool caption) {
        if (!has_end || too_deep(line)) return;
        Frame f;
        f.block.kind = kind;
        f.block.level = level;
        f.block.pos = {path_, line};
        f.tag = t.name;
        f.caption = caption;
        f.line = line;
        push(std::move(f));
    };
    switch (info.role) {
    case Role::Dangerous:
        report(line, "raw HTML <" + t.name + "> dropped" + (has_end ? " with its content" : ""));
        if (has_end) {
            skip_tag_ = t.name;
            skip_level_ = stack_.size();
        }
        return;
    case Role::Span: {
        Inline inl = Inline::make_span(info.kind, {});
        if (info.kind == Inline::Kind::Abbreviation) {
            if (const std::string* title = html::find_attribute(t, "title"))
                inl.text = decode(*title);
        }
        return open_inline(std::move(inl), Close::Wrap);
    }
    case Role::Link: {
        const std::string* href = html::find_attribute(t, "href");
        const std::string url = href ? std::string(util::trim(decode(*href))) : std::string();
        if (html::is_script_url(url)) {
            report(line, "script URL dropped from <a>; its text is kept");
            return open_inline({}, Close::Splice);
        }
        if (url.empty() || in_link()) return open_inline({}, Close::Splice);
        if (util::has_url_scheme(url) && !util::is_link_target(url)) {
            report(line, "link to '" + url + "' dropped (not a web or mail address); its text is kept");
            return open_inline({}, Close::Splice);
        }
        Inline link = Inline::make_link(url, {});
        link.line = line;
        return open_inline(std::move(link), Close::Wrap);
    }
    case Role::Image: {
        if (block_context) ensure_leaf(line);
        const std::string* src = html::find_attribute(t, "src");
        const std::string* alt = html::find_attribute(t, "alt");
        return add_inline(image_inline(src ? decode(*src) : "", alt ? decode(*alt) : "", line));
    }
    case Role::LineBreak:
        if (block_context) ensure_leaf(line);
        return add_inline(Inline::make_break());
    case Role::CodeSpan: {
        Inline code;
        code.kind = t.name == "kbd" ? Inline::Kind::Keyboard : Inline::Kind::Code;
        return open_inline(std::move(code), Close::CodeText);
    }
    case Role::Plain:
        return open_inline({}, Close::Splice);
    case Role::Inline:
        report(line, "HTML <" + t.name +
                         "> not supported: " + (has_end ? "tag dropped, content kept" : "dropped"));
        return;
    default:
        break;
    }
    // Block-level elements.
    if (!block_context) {
        if (info.role != Role::Paragraph)
            report(line, "block-level HTML <" + t.name +
                             "> inside a paragraph: tag dropped, content kept");
        return;
    }
    end_leaf();
    switch (info.role) {
    case Role::Paragraph:
        return open_html_block(Block::Kind::Paragraph, 0, false);
    case Role::Heading:
        return open_html_block(Block::Kind::Heading, t.name[1] - '0', false);
    case Role::BlockQuote:
        return open_html_block(Block::Kind::BlockQuote, 0, false);
    case Role::Figure:
        return open_html_block(Block::Kind::Figure, 0, false);
    case Role::Caption:
        return open_html_block(Block::Kind::Paragraph, 0, true);
    case Role::Pre:
        if (!has_end) return;
        in_pre_ = true;
        pre_tag_ = t.name;
        pre_line_ = line;
        return;
    case Role::Rule: {
        Block b;
        b.kind = Block::Kind::ThematicBreak;
        b.pos = {path_, line};
        return add_block(std::move(b));
    }
    default:
        report(line, "HTML <" + t.name + "> not supported: tag dropped, content kept");
        return;
    }
}

void MarkdownBuilder::end_tag(const html::Token& t, int line, bool block_context) {
    using html::Role;
    const html::ElementInfo info = html::classify(t.name);
    if (info.role == Role::Unknown) {
        report(line, "unknown HTML tag " + t.source.substr(0, 60) + " kept as text");
        return literal_text(t.source, line, block_context);
    }
    // Pair with the innermost open element of that name opened by raw HTML
    // inside the current Markdown container; elements opened after it are
    // closed with it.
    for (std::size_t k = stack_.size(); k > 1 && stack_[k - 1].node == nullptr; --k) {
        if (stack_[k - 1].tag == t.name) {
            while (stack_.size() >= k)
                pop();
            return;
        }
    }
    switch (info.role) {
    case Role::Block:
        if (block_context) end_leaf(); // </div>: a paragraph ends here
        return;
    case Role::Span:
    case Role::Link:
    case Role::CodeSpan:
    case Role::Plain:
    case Role::Paragraph:
    case Role::Heading:
    case Role::BlockQuote:
    case Role::Figure:
    case Role::Caption:
        report(line, "stray </" + t.name + "> dropped");
        if (block_context && info.role != Role::Span) end_leaf();
        return;
    default:
        return; // end tags of void or dropped elements
    }
}

} // namespace galley::read
