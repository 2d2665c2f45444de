#include "write/xhtml.hpp"

#include "util/text.hpp"
#include "write/article_header.hpp"
#include "write/notes.hpp"
#include "write/tables.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace galley::write {

namespace {

using model::Block;
using model::Inline;

// Readers cap nesting; past this depth the renderer emits content without
// further wrappers, so recursion stays bounded on any model.
constexpr int max_depth = 64;

// Percent-encodes what may not stand in a URL (spaces, controls, quotes,
// non-ASCII bytes) so readers and validators accept the href.
std::string encode_url(std::string_view url) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : url) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
            c == '`' || c == '{' || c == '|' || c == '}' || c == '[' || c == ']') {
            out += '%';
            out += digits[b >> 4];
            out += digits[b & 15];
        } else {
            out += c;
        }
    }
    return out;
}

struct Ctx;
void inlines(const model::Inlines& list, Ctx& cx, int depth);

// The link's text is its URL, give or take the scheme ("example.org/x" for
// "https://example.org/x", "a@b.org" for "mailto:a@b.org").
bool shows_its_address(const Inline& link) {
    const std::string text(util::trim(model::plain_text(link.children)));
    if (text.empty()) return false;
    if (text == link.url) return true;
    for (const std::string_view scheme : {"https://", "http://", "mailto:", "ftp://"})
        if (link.url.size() == scheme.size() + text.size() && link.url.rfind(scheme, 0) == 0 &&
            link.url.compare(scheme.size(), std::string::npos, text) == 0)
            return true;
    return false;
}

struct Ctx {
    MarkupSink& out;
    const RenderOptions& options;
    // Set while rendering a heading that opens a <section>: its rank (2 for a
    // top section, 3 inside one...), and its id is on the section already.
    int section_rank = 0;
    // The article's notes, while one is rendered (null for loose blocks).
    NoteRefs* notes = nullptr;
    int link_depth = 0;
};

void blocks(const model::Blocks& list, Ctx& cx, int depth);

// The callbacks the notes and tables renderers use for content.
NoteContent content_of(Ctx& cx, int depth) {
    return {[&cx, depth](const model::Inlines& list) { inlines(list, cx, depth + 1); },
            [&cx, depth](const model::Blocks& list) { blocks(list, cx, depth + 1); }};
}

// The element name for inline kinds that only wrap their children.
const char* wrapper_name(Inline::Kind kind) {
    switch (kind) {
    case Inline::Kind::Emphasis:
        return "em";
    case Inline::Kind::Strong:
        return "strong";
    case Inline::Kind::Superscript:
        return "sup";
    case Inline::Kind::Subscript:
        return "sub";
    case Inline::Kind::Strikeout:
        return "s";
    case Inline::Kind::Underline:
        return "u";
    case Inline::Kind::Mark:
        return "mark";
    case Inline::Kind::Small:
        return "small";
    case Inline::Kind::Cite:
        return "cite";
    case Inline::Kind::Quoted:
        return "q";
    case Inline::Kind::Abbreviation:
        return "abbr";
    default:
        return nullptr;
    }
}

void inline_node(const Inline& in, Ctx& cx, int depth) {
    MarkupSink& out = cx.out;
    if (depth > max_depth && !in.children.empty()) return inlines(in.children, cx, depth);
    if (const char* name = wrapper_name(in.kind)) {
        out.open(name, true);
        if (in.kind == Inline::Kind::Abbreviation && !in.text.empty())
            out.attribute("title", in.text);
        inlines(in.children, cx, depth + 1);
        out.close();
        return;
    }
    switch (in.kind) {
    case Inline::Kind::Text:
        out.text(in.text);
        return;
    case Inline::Kind::LineBreak:
        out.open("br", true);
        out.close();
        return;
    case Inline::Kind::Code:
        out.open("code", true);
        out.text(in.text);
        out.close();
        return;
    case Inline::Kind::Keyboard:
        out.open("kbd", true);
        out.text(in.text);
        out.close();
        return;
    case Inline::Kind::Image:
        // The asset transform guarantees every Image left in the model
        // points at an embedded file.
        out.open("img", true);
        out.attribute("src", cx.options.image_src ? cx.options.image_src(in.url) : in.url);
        out.attribute("alt", in.text);
        out.close();
        return;
    case Inline::Kind::MissingImage:
        // What stands for an image that could not be embedded (reported).
        out.open("span", true);
        out.attribute("class", "missing-image");
        out.text(in.text);
        out.close();
        return;
    case Inline::Kind::Link:
        // Only absolute links to safe schemes become anchors; anything else
        // (javascript:, unresolved relative paths) stays as its text.
        if (!util::is_link_target(in.url)) return inlines(in.children, cx, depth + 1);
        out.open("a", true);
        out.attribute("href", encode_url(in.url));
        // A link that shows its own address (a bare URL, an autolink): print
        // does not repeat the address after it, and both break it anywhere.
        if (shows_its_address(in)) out.attribute("class", "url");
        ++cx.link_depth;
        inlines(in.children, cx, depth + 1);
        --cx.link_depth;
        out.close();
        return;
    case Inline::Kind::NoteRef:
        if (!cx.notes) {
            out.text("[" + in.text + "]");
            return;
        }
        cx.notes->reference(in, out, content_of(cx, depth), cx.options.epub_semantics,
                            cx.options.footnotes, cx.link_depth > 0);
        return;
    default:
        return;
    }
}

void inlines(const model::Inlines& list, Ctx& cx, int depth) {
    for (const Inline& in : list)
        inline_node(in, cx, depth);
}

void blocks(const model::Blocks& list, Ctx& cx, int depth);

// A block's editorial role as its class (after `base`, if any), and as
// epub:type where EPUB names it.
void role_attributes(const Block& b, std::string base, Ctx& cx) {
    if (!b.role.empty() && b.role != base) base += (base.empty() ? "" : " ") + b.role;
    if (!base.empty()) cx.out.attribute("class", base);
    if (cx.options.epub_types && (b.role == "epigraph" || b.role == "dedication"))
        cx.out.attribute("epub:type", b.role);
}

void block(const Block& b, Ctx& cx, int depth) {
    MarkupSink& out = cx.out;
    if (depth > max_depth) {
        inlines(b.inlines, cx, depth);
        if (!b.text.empty()) out.text(b.text);
        return blocks(b.children, cx, depth);
    }
    switch (b.kind) {
    case Block::Kind::Paragraph:
        out.open("p");
        role_attributes(b, "", cx);
        if (cx.options.auto_direction) out.attribute("dir", "auto");
        if (cx.options.block_start) cx.options.block_start(b, out);
        inlines(b.inlines, cx, depth);
        out.close();
        return;
    case Block::Kind::Heading: {
        // h1 is the article title's alone: one h1 per article.
        static const char* names[] = {"h2", "h3", "h4", "h5", "h6"};
        const int rank = cx.section_rank > 0 ? cx.section_rank : std::clamp(b.level, 2, 6);
        out.open(names[rank - 2]);
        if (!b.id.empty() && cx.section_rank == 0) out.attribute("id", b.id);
        if (cx.options.auto_direction) out.attribute("dir", "auto");
        if (cx.options.block_start) cx.options.block_start(b, out);
        inlines(b.inlines, cx, depth);
        out.close();
        return;
    }
    case Block::Kind::List:
        out.open(b.ordered ? "ol" : "ul");
        role_attributes(b, "", cx);
        if (b.ordered && b.start != 1) out.attribute("start", std::to_string(b.start));
        if (b.ordered && !b.list_style.empty() && b.list_style != "1")
            out.attribute("type", b.list_style);
        for (const Block& item : b.children) {
            // A tight list's items hold their text directly, as in the source.
            const bool bare = b.tight && item.kind == Block::Kind::ListItem &&
                              item.children.size() == 1 &&
                              item.children[0].kind == Block::Kind::Paragraph;
            if (!bare) {
                block(item, cx, depth + 1);
                continue;
            }
            out.open("li");
            if (cx.options.auto_direction) out.attribute("dir", "auto");
            if (cx.options.block_start) cx.options.block_start(item.children[0], out);
            inlines(item.children[0].inlines, cx, depth + 1);
            out.close();
        }
        out.close();
        return;
    case Block::Kind::ListItem:
        out.open("li");
        blocks(b.children, cx, depth + 1);
        out.close();
        return;
    case Block::Kind::BlockQuote:
        out.open("blockquote");
        blocks(b.children, cx, depth + 1);
        out.close();
        return;
    case Block::Kind::CodeBlock:
        // Compact: any white space the printer added inside <pre> would show.
        out.open("pre", true);
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
    case Block::Kind::LineBlock:
        // Lines whose breaks matter: verse, a letter's address lines.
        out.open("p");
        role_attributes(b, b.role == "verse" ? "verse" : "lines", cx);
        if (cx.options.auto_direction) out.attribute("dir", "auto");
        for (std::size_t i = 0; i < b.children.size(); ++i) {
            if (i > 0) {
                out.open("br", true);
                out.close();
            }
            inlines(b.children[i].inlines, cx, depth + 1);
        }
        out.close();
        return;
    case Block::Kind::Figure:
        out.open("figure");
        if (!b.id.empty()) out.attribute("id", b.id);
        blocks(b.children, cx, depth + 1);
        if (!b.inlines.empty()) {
            out.open("figcaption");
            inlines(b.inlines, cx, depth + 1);
            out.close();
        }
        out.close();
        return;
    case Block::Kind::Table:
        render_table(b, out, [&cx, depth](const model::Inlines& list) { inlines(list, cx, depth + 1); });
        return;
    case Block::Kind::TableRow: // outside a table (never from a reader): its text
        blocks(b.children, cx, depth + 1);
        return;
    case Block::Kind::TableCell:
        out.open("p");
        inlines(b.inlines, cx, depth);
        out.close();
        return;
    default:
        blocks(b.children, cx, depth + 1);
        return;
    }
}

void blocks(const model::Blocks& list, Ctx& cx, int depth) {
    for (const Block& b : list)
        block(b, cx, depth);
}

} // namespace

void render_blocks(const model::Blocks& list, MarkupSink& out, const RenderOptions& options) {
    Ctx cx{out, options};
    blocks(list, cx, 0);
}

void render_inlines(const model::Inlines& list, MarkupSink& out, const RenderOptions& options) {
    Ctx cx{out, options};
    inlines(list, cx, 0);
}

void render_block(const Block& b, MarkupSink& out, const RenderOptions& options) {
    Ctx cx{out, options};
    block(b, cx, 0);
}

namespace {

// Markup that goes nowhere.
class DiscardSink : public MarkupSink {
  public:
    void open(const char*, bool) override {}
    void attribute(const char*, std::string_view) override {}
    void text(std::string_view) override {}
    void close() override {}
};

} // namespace

void render_article(const model::Article& article, MarkupSink& out, const RenderOptions& options) {
    render_article_part(article, 0, article.blocks.size(), out, options);
}

void render_article_part(const model::Article& article, std::size_t first, std::size_t end,
                         MarkupSink& out, const RenderOptions& options) {
    end = std::min(end, article.blocks.size());
    out.open("section");
    if (first == 0) out.attribute("id", article.id);
    out.attribute("class", "article");
    for (const auto& [name, value] : options.article_attributes)
        out.attribute(name.c_str(), value);
    if (first == 0) render_article_header(article, out, options);

    // Sections nest by heading level; levels are clamped to 2..6, so at most
    // five sections are open at once and no recursion is needed.
    NoteRefs notes(article);
    Ctx cx{out, options};
    cx.notes = &notes;
    std::vector<int> open_levels;
    for (std::size_t i = first; i < end; ++i) {
        const Block& b = article.blocks[i];
        if (b.kind == Block::Kind::Heading) {
            const int level = std::clamp(b.level, 2, 6);
            while (!open_levels.empty() && open_levels.back() >= level) {
                out.close();
                open_levels.pop_back();
            }
            out.open("section");
            if (!b.id.empty()) out.attribute("id", b.id);
            open_levels.push_back(level);
            // The rank follows the nesting, so a skipped level in the source
            // (h2 then h4) still gives headings in order (h2 then h3).
            cx.section_rank = static_cast<int>(open_levels.size()) + 1;
            block(b, cx, 0);
            cx.section_rank = 0;
            continue;
        }
        block(b, cx, 0);
    }
    for (std::size_t i = 0; i < open_levels.size(); ++i)
        out.close();
    // A split article's notes close its last part, once; that part learns
    // which notes the earlier parts referred to (for their back-links) by
    // walking their blocks into a sink that keeps nothing.
    if (end == article.blocks.size()) {
        if (first > 0) {
            DiscardSink discard;
            Ctx earlier{discard, options};
            earlier.notes = &notes;
            for (std::size_t i = 0; i < first; ++i)
                block(article.blocks[i], earlier, 0);
        }
        render_notes(article, options.lang, out, content_of(cx, 0), options.epub_semantics, notes);
    }
    out.close();
}

} // namespace galley::write
