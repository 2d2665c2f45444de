#include "read/markdown/markdown_builder.hpp"

#include "util/text.hpp"

#include <cctype>
#include <utility>

namespace galley::read {

namespace {

using model::Block;
using model::Inline;

// Deeper containers are flattened: the model and every writer recurse over
// it, so the depth stays bounded whatever the input.
constexpr std::size_t max_depth = 48;

// Adds `in` to `list`, joining adjacent text so that later transforms
// (typography) see words and quotes whole.
void append_inline(model::Inlines& list, Inline in) {
    if (in.kind == Inline::Kind::Text) {
        if (in.text.empty()) return;
        if (!list.empty() && list.back().kind == Inline::Kind::Text) {
            list.back().text += in.text;
            return;
        }
    }
    list.push_back(std::move(in));
}

// The characters of a block tree, without recursion.
std::string text_of_block(const Block& b) {
    std::string out;
    std::vector<const Block*> todo{&b};
    while (!todo.empty()) {
        const Block* x = todo.back();
        todo.pop_back();
        if (!out.empty()) out += ' ';
        out += model::plain_text(x->inlines);
        out += x->text;
        for (auto it = x->children.rbegin(); it != x->children.rend(); ++it)
            todo.push_back(&*it);
    }
    return out;
}

// Leading and trailing white space of a leaf (left by dropped markup).
void trim_space(model::Inlines& list) {
    while (!list.empty() && list.back().kind == Inline::Kind::Text) {
        std::string& t = list.back().text;
        while (!t.empty() && t.back() == ' ')
            t.pop_back();
        if (!t.empty()) break;
        list.pop_back();
    }
    while (!list.empty() && list.front().kind == Inline::Kind::Text) {
        std::string& t = list.front().text;
        t.erase(0, t.find_first_not_of(' '));
        if (!t.empty()) break;
        list.erase(list.begin());
    }
}

// A label as GFM allows it in `[^label]`: no white space, no brackets.
bool is_note_label(std::string_view s) {
    if (s.empty() || s.size() > 100) return false;
    for (const char c : s)
        if (c == ' ' || c == '\t' || c == '\n' || c == '[' || c == ']') return false;
    return true;
}

// `[^label]` left as text: the parser found no definition for it. It becomes
// a NoteRef all the same, so that numbering reports it (and keeps its text).
void unresolved_note_refs(model::Inlines& list, int line) {
    bool any = false;
    for (const Inline& in : list)
        any = any || (in.kind == Inline::Kind::Text && in.text.find("[^") != std::string::npos);
    if (!any) return;
    model::Inlines out;
    for (Inline& in : list) {
        if (in.kind != Inline::Kind::Text) {
            out.push_back(std::move(in));
            continue;
        }
        std::string_view t = in.text;
        std::size_t from = 0;
        for (std::size_t at; (at = t.find("[^", from)) != std::string_view::npos;) {
            const std::size_t end = t.find(']', at + 2);
            if (end == std::string_view::npos) break;
            const std::string_view label = t.substr(at + 2, end - at - 2);
            if (!is_note_label(label)) {
                from = at + 2;
                continue;
            }
            if (at > 0) append_inline(out, Inline::make_text(std::string(t.substr(0, at))));
            Inline ref{Inline::Kind::NoteRef, std::string(label), {}, {}};
            ref.line = line;
            out.push_back(std::move(ref));
            t.remove_prefix(end + 1);
            from = 0;
        }
        append_inline(out, Inline::make_text(std::string(t)));
    }
    list = std::move(out);
}

// A table holds rows and a row cells; content flattened into them (nesting
// past the cap) is given a row or cell of its own, so writers see the shape
// the model documents.
void normalise_table(Block& b) {
    const Block::Kind want =
        b.kind == Block::Kind::Table ? Block::Kind::TableRow : Block::Kind::TableCell;
    for (Block& child : b.children) {
        if (child.kind == want) continue;
        Block wrapper;
        wrapper.kind = want;
        wrapper.pos = child.pos;
        if (want == Block::Kind::TableCell) {
            wrapper.inlines.push_back(Inline::make_text(text_of_block(child)));
        } else {
            Block cell;
            cell.kind = Block::Kind::TableCell;
            cell.pos = child.pos;
            cell.inlines.push_back(Inline::make_text(text_of_block(child)));
            wrapper.children.push_back(std::move(cell));
        }
        child = std::move(wrapper);
    }
}

} // namespace

MarkdownBuilder::MarkdownBuilder(std::string path, model::Diagnostics& diags,
                                 std::function<std::string(std::string_view)> named_reference)
    : path_(std::move(path)), diags_(diags), named_reference_(std::move(named_reference)) {
    Frame root;
    root.block.kind = Block::Kind::BlockQuote; // a plain container
    stack_.push_back(std::move(root));
}

MarkdownBuilder::~MarkdownBuilder() = default;

bool MarkdownBuilder::is_leaf(Block::Kind k) {
    return k == Block::Kind::Paragraph || k == Block::Kind::Heading ||
           k == Block::Kind::TableCell;
}

// ---------------------------------------------------------------------------
// The frame stack

bool MarkdownBuilder::too_deep(int line) {
    if (stack_.size() < max_depth) return false;
    if (!warned_depth_) {
        diags_.warn({path_, line},
                    "nesting deeper than " + std::to_string(max_depth) + " levels flattened");
        warned_depth_ = true;
    }
    return true;
}

// Links never nest (XHTML forbids it): inside one, another link keeps only
// its text.
bool MarkdownBuilder::in_link() const {
    for (const Frame& f : stack_)
        if (!f.is_block && f.close == Close::Wrap && f.inl.kind == Inline::Kind::Link) return true;
    return false;
}

void MarkdownBuilder::push(Frame f) {
    stack_.push_back(std::move(f));
}

void MarkdownBuilder::pop() {
    Frame done = std::move(stack_.back());
    stack_.pop_back();
    if (skipping() && stack_.size() >= skip_level_) return; // inside dropped content
    if (skipping()) end_skip(false, done.line);
    if (done.is_block) {
        Frame& parent = stack_.back();
        if (done.note) {
            model::Note note;
            note.label = std::move(done.label);
            note.blocks = std::move(done.block.children);
            note.pos = done.block.pos;
            notes_.push_back(std::move(note));
            return;
        }
        if (done.block.kind == Block::Kind::Table || done.block.kind == Block::Kind::TableRow)
            normalise_table(done.block);
        if (is_leaf(done.block.kind)) {
            trim_space(done.block.inlines);
            unresolved_note_refs(done.block.inlines, done.line);
            // Nothing left (only dropped markup): no empty <p/>.
            if (done.block.inlines.empty() && done.block.kind == Block::Kind::Paragraph) return;
        }
        if (done.caption && parent.is_block && parent.block.kind == Block::Kind::Figure) {
            if (!parent.block.inlines.empty())
                append_inline(parent.block.inlines, Inline::make_text(" "));
            for (Inline& in : done.block.inlines)
                append_inline(parent.block.inlines, std::move(in));
            return;
        }
        return add_block(std::move(done.block));
    }
    switch (done.close) {
    case Close::Wrap:
        return add_inline(std::move(done.inl));
    case Close::Splice:
        for (Inline& in : done.inl.children)
            add_inline(std::move(in));
        return;
    case Close::Image:
        return add_inline(
            image_inline(done.inl.url, model::plain_text(done.inl.children), done.line));
    case Close::CodeText:
        return add_inline(Inline{done.inl.kind, model::plain_text(done.inl.children), {}, {}});
    }
}

Block& MarkdownBuilder::open_block(const void* node, Block::Kind kind, int line) {
    if (too_deep(line) || !stack_.back().is_block || is_leaf(stack_.back().block.kind)) {
        // Flattened: a leaf still starts a paragraph of its own, so that the
        // text of consecutive blocks does not run together.
        if (is_leaf(kind)) add_block(model::make_paragraph({}, {path_, line}));
        scratch_ = Block{};
        return scratch_;
    }
    Frame f;
    f.node = node;
    f.block.kind = kind;
    f.block.pos = {path_, line};
    f.line = line;
    push(std::move(f));
    return stack_.back().block;
}

void MarkdownBuilder::open_span(const void* node, Inline::Kind kind, int line) {
    if (too_deep(line)) return;
    Frame f;
    f.node = node;
    f.is_block = false;
    f.inl = Inline::make_span(kind, {});
    push(std::move(f));
}

void MarkdownBuilder::open_link(const void* node, std::string url, int line) {
    if (too_deep(line)) return;
    Frame f;
    f.node = node;
    f.is_block = false;
    f.line = line;
    if (html::is_script_url(url)) {
        report(line, "script URL dropped from a link; its text is kept");
        f.close = Close::Splice;
    } else if (in_link()) {
        f.close = Close::Splice;
    } else if (util::has_url_scheme(url) && !util::is_link_target(url)) {
        report(line, "link to '" + url + "' dropped (not a web or mail address); its text is kept");
        f.close = Close::Splice;
    } else {
        f.inl = Inline::make_link(std::move(url), {});
        f.inl.line = line;
    }
    push(std::move(f));
}

void MarkdownBuilder::open_image(const void* node, std::string src, int line) {
    if (too_deep(line)) return;
    Frame f;
    f.node = node;
    f.is_block = false;
    f.line = line;
    f.close = Close::Image;
    f.inl.url = std::move(src);
    push(std::move(f));
}

void MarkdownBuilder::open_note(const void* node, std::string label, int line) {
    // Definitions sit at the top level; a flattened one still collects its
    // blocks as a note, in a frame of its own.
    Frame f;
    f.node = node;
    f.block.kind = Block::Kind::BlockQuote; // a plain container
    f.block.pos = {path_, line};
    f.line = line;
    f.note = true;
    f.label = std::move(label);
    push(std::move(f));
}

void MarkdownBuilder::add_note_ref(std::string label, int line) {
    Inline ref{Inline::Kind::NoteRef, std::move(label), {}, {}};
    ref.line = line;
    add_inline(std::move(ref));
}

void MarkdownBuilder::close(const void* node) {
    // Raw-HTML frames above the node's own are closed with it, as a browser
    // closes unclosed tags at the end of their container.
    std::size_t k = stack_.size();
    while (k > 1 && stack_[k - 1].node == nullptr)
        --k;
    if (k <= 1 || stack_[k - 1].node != node) return; // flattened: no frame of its own
    while (stack_.size() >= k)
        pop();
}

void MarkdownBuilder::add_block(Block b) {
    if (b.pos.file.empty()) b.pos.file = path_;
    Frame& top = stack_.back();
    if (!top.is_block || is_leaf(top.block.kind)) {
        // Only flattened or odd input puts a block inside running text.
        return add_inline(Inline::make_text(" " + text_of_block(b) + " "));
    }
    if (top.block.kind == Block::Kind::List && b.kind != Block::Kind::ListItem) {
        // A list holds items only; flattened content joins the last item.
        if (top.block.children.empty() || top.block.children.back().kind != Block::Kind::ListItem) {
            Block item;
            item.kind = Block::Kind::ListItem;
            item.pos = b.pos;
            top.block.children.push_back(std::move(item));
        }
        top.block.children.back().children.push_back(std::move(b));
        return;
    }
    top.block.children.push_back(std::move(b));
}

void MarkdownBuilder::add_inline(Inline in) {
    if (skipping()) return;
    Frame& top = stack_.back();
    if (!top.is_block) return append_inline(top.inl.children, std::move(in));
    if (is_leaf(top.block.kind)) return append_inline(top.block.inlines, std::move(in));
    // Inline content in a container (flattened input) gets a paragraph.
    model::Blocks* list = &top.block.children;
    if (top.block.kind == Block::Kind::List) {
        if (list->empty() || list->back().kind != Block::Kind::ListItem) {
            Block item;
            item.kind = Block::Kind::ListItem;
            item.pos = top.block.pos;
            list->push_back(std::move(item));
        }
        list = &list->back().children;
    }
    if (list->empty() || list->back().kind != Block::Kind::Paragraph)
        list->push_back(model::make_paragraph({}, top.block.pos));
    append_inline(list->back().inlines, std::move(in));
}

model::Blocks MarkdownBuilder::finish() {
    if (in_pre_) flush_pre();
    if (skipping()) end_skip(false, 0);
    while (stack_.size() > 1)
        pop();
    if (reported_ > max_html_reports)
        diags_.warn({path_, 0}, std::to_string(reported_ - max_html_reports) +
                                    " more raw HTML warning(s) not shown");
    return std::move(stack_.front().block.children);
}

// ---------------------------------------------------------------------------
// Images

Inline MarkdownBuilder::image_inline(const std::string& src, const std::string& alt, int line) {
    const std::string_view s = util::trim(src);
    if (html::is_script_url(s)) {
        report(line, "script URL dropped from an image; its alt text is kept");
        return Inline::make_text(alt);
    }
    const bool protocol_relative = s.substr(0, 2) == "//";
    if (protocol_relative || util::starts_with_icase(s, "http://") ||
        util::starts_with_icase(s, "https://")) {
        // Never fetched: the reader keeps a way to it and says so.
        diags_.warn({path_, line}, "remote image not fetched, kept as a link: " + std::string(s));
        const std::string url = protocol_relative ? "https:" + std::string(s) : std::string(s);
        if (in_link()) return Inline::make_text(alt);
        Inline link = Inline::make_link(url, {Inline::make_text(alt.empty() ? url : alt)});
        link.line = line;
        return link;
    }
    if (s.empty() || util::has_url_scheme(s)) {
        diags_.warn({path_, line}, "image '" + std::string(s) +
                                       "' is not a local file: not embedded, alt text kept");
        return Inline::make_text(alt);
    }
    return Inline::make_image(local_path(s), alt, line);
}

// A Markdown image destination is a URL: cmark percent-encodes it ("my
// pic.png" arrives as "my%20pic.png") and authors may write "%20" too. The
// file to embed is the decoded path, without a query or fragment.
std::string MarkdownBuilder::local_path(std::string_view url) {
    url = url.substr(0, url.find_first_of("?#"));
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(url.size());
    for (std::size_t i = 0; i < url.size(); ++i) {
        if (url[i] == '%' && i + 2 < url.size() && hex(url[i + 1]) >= 0 && hex(url[i + 2]) >= 0) {
            out += static_cast<char>(hex(url[i + 1]) * 16 + hex(url[i + 2]));
            i += 2;
        } else {
            out += url[i];
        }
    }
    return out;
}

} // namespace galley::read
