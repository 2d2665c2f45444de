#include "read/markdown_reader.hpp"

#include "util/text.hpp"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace galley::read {

namespace {

using model::Block;
using model::Inline;
using model::SourcePos;

// Deeper containers are flattened: the model and every writer recurse over
// it, so the depth stays bounded whatever the input.
constexpr std::size_t max_depth = 48;

struct Frame {
    cmark_node* node = nullptr;
    bool is_block = true;
    Block block;
    Inline inl;
};

class Builder {
  public:
    Builder(const SourceText& src, model::Diagnostics& diags) : src_(src), diags_(diags) {
        Frame root;
        root.block.kind = Block::Kind::BlockQuote; // a plain container
        stack_.push_back(std::move(root));
    }

    void enter(cmark_node* node) {
        const SourcePos pos{src_.path, cmark_node_get_start_line(node)};
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT:
            return;
        case CMARK_NODE_BLOCK_QUOTE:
            push_block(node, Block::Kind::BlockQuote, pos);
            return;
        case CMARK_NODE_LIST: {
            Block& b = push_block(node, Block::Kind::List, pos);
            b.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            b.start = b.ordered ? cmark_node_get_list_start(node) : 1;
            return;
        }
        case CMARK_NODE_ITEM:
            push_block(node, Block::Kind::ListItem, pos);
            return;
        case CMARK_NODE_PARAGRAPH:
            push_block(node, Block::Kind::Paragraph, pos);
            return;
        case CMARK_NODE_HEADING: {
            Block& b = push_block(node, Block::Kind::Heading, pos);
            b.level = cmark_node_get_heading_level(node);
            return;
        }
        case CMARK_NODE_CODE_BLOCK: {
            Block b;
            b.kind = Block::Kind::CodeBlock;
            b.text = literal(node);
            const std::string info(
                util::trim(cmark_node_get_fence_info(node) ? cmark_node_get_fence_info(node) : ""));
            b.language = info.substr(0, info.find_first_of(" \t"));
            b.pos = pos;
            return add_block(std::move(b));
        }
        case CMARK_NODE_THEMATIC_BREAK: {
            Block b;
            b.kind = Block::Kind::ThematicBreak;
            b.pos = pos;
            return add_block(std::move(b));
        }
        case CMARK_NODE_HTML_BLOCK: {
            diags_.warn(pos, "raw HTML block kept as text");
            std::string text(util::trim(literal(node)));
            return add_block(model::make_paragraph({Inline::make_text(std::move(text))}, pos));
        }
        case CMARK_NODE_TEXT:
            return add_inline(Inline::make_text(literal(node)));
        case CMARK_NODE_SOFTBREAK:
            return add_inline(Inline::make_text(" "));
        case CMARK_NODE_LINEBREAK:
            return add_inline(Inline::make_break());
        case CMARK_NODE_CODE:
            return add_inline(Inline::make_code(literal(node)));
        case CMARK_NODE_HTML_INLINE:
            diags_.warn(pos, "raw HTML kept as text: " + literal(node));
            return add_inline(Inline::make_text(literal(node)));
        case CMARK_NODE_EMPH:
            return push_inline(node, Inline::make_span(Inline::Kind::Emphasis, {}));
        case CMARK_NODE_STRONG:
            return push_inline(node, Inline::make_span(Inline::Kind::Strong, {}));
        case CMARK_NODE_LINK: {
            const char* url = cmark_node_get_url(node);
            return push_inline(node, Inline::make_link(url ? url : "", {}));
        }
        case CMARK_NODE_IMAGE:
            // Images are embedded by the images stage; until then the alt
            // text stands in, so nothing the author wrote is lost.
            diags_.warn(pos,
                        "image not embedded (not supported yet): " +
                            std::string(cmark_node_get_url(node) ? cmark_node_get_url(node) : ""));
            return push_inline(node, Inline::make_span(Inline::Kind::Emphasis, {}));
        default:
            return; // custom nodes: their children are read as usual
        }
    }

    void exit(cmark_node* node) {
        if (stack_.size() <= 1 || stack_.back().node != node) return;
        Frame done = std::move(stack_.back());
        stack_.pop_back();
        if (done.is_block)
            add_block(std::move(done.block));
        else
            add_inline(std::move(done.inl));
    }

    model::Blocks finish() { return std::move(stack_.front().block.children); }

  private:
    static std::string literal(cmark_node* node) {
        const char* s = cmark_node_get_literal(node);
        return s ? s : "";
    }

    bool too_deep(cmark_node* node) {
        if (stack_.size() < max_depth) return false;
        if (!warned_depth_) {
            diags_.warn({src_.path, cmark_node_get_start_line(node)},
                        "nesting deeper than " + std::to_string(max_depth) + " levels flattened");
            warned_depth_ = true;
        }
        return true;
    }

    // Returns the block being built; when the node is flattened, a scratch
    // block whose settings are discarded.
    Block& push_block(cmark_node* node, Block::Kind kind, SourcePos pos) {
        if (too_deep(node) || !stack_.back().is_block) {
            scratch_ = Block{};
            return scratch_;
        }
        Frame f;
        f.node = node;
        f.block.kind = kind;
        f.block.pos = std::move(pos);
        stack_.push_back(std::move(f));
        return stack_.back().block;
    }

    void push_inline(cmark_node* node, Inline inl) {
        if (too_deep(node)) return;
        Frame f;
        f.node = node;
        f.is_block = false;
        f.inl = std::move(inl);
        stack_.push_back(std::move(f));
    }

    void add_block(Block b) {
        Frame& top = stack_.back();
        if (top.is_block)
            top.block.children.push_back(std::move(b));
        else
            top.inl.children.push_back(Inline::make_text(model::plain_text(b.inlines)));
    }

    void add_inline(Inline in) {
        Frame& top = stack_.back();
        if (!top.is_block) {
            top.inl.children.push_back(std::move(in));
            return;
        }
        // Inline content lands in the block being built; in a container
        // (flattened input) it gets a paragraph of its own.
        const bool leaf =
            top.block.kind == Block::Kind::Paragraph || top.block.kind == Block::Kind::Heading;
        if (leaf) {
            top.block.inlines.push_back(std::move(in));
            return;
        }
        if (top.block.children.empty() || top.block.children.back().kind != Block::Kind::Paragraph)
            top.block.children.push_back(model::make_paragraph({}, top.block.pos));
        top.block.children.back().inlines.push_back(std::move(in));
    }

    const SourceText& src_;
    model::Diagnostics& diags_;
    std::vector<Frame> stack_;
    Block scratch_;
    bool warned_depth_ = false;
};

// Moves the first level-1 heading out of `blocks` into the title.
std::string take_title(model::Blocks& blocks) {
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        if (it->kind == Block::Kind::Heading && it->level == 1) {
            std::string title = model::plain_text(it->inlines);
            blocks.erase(it);
            return title;
        }
    }
    return {};
}

// Headings below the title keep their order but never outrank it.
void clamp_levels(model::Blocks& blocks) {
    for (Block& b : blocks) {
        if (b.kind == Block::Kind::Heading) b.level = std::clamp(b.level, 2, 6);
    }
}

} // namespace

model::Article read_markdown(const SourceText& src, model::Diagnostics& diags) {
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
        cmark_parse_document(src.text.data(), src.text.size(),
                             CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8),
        cmark_node_free);
    if (!doc) throw model::Error(SourcePos{src.path, 0}, "the Markdown parser ran out of memory");

    Builder builder(src, diags);
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(doc.get()),
                                                                 cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        if (ev == CMARK_EVENT_ENTER)
            builder.enter(node);
        else if (ev == CMARK_EVENT_EXIT)
            builder.exit(node);
    }

    model::Article article;
    article.source = SourcePos{src.path, 0};
    article.blocks = builder.finish();
    article.title = take_title(article.blocks);
    if (article.title.empty()) {
        for (std::string_view line : util::split_lines(src.text)) {
            if (!util::trim(line).empty()) {
                article.title = std::string(util::trim(line));
                break;
            }
        }
    }
    if (article.title.empty()) {
        diags.warn({src.path, 0}, "empty article: no text found");
        article.title = "Untitled";
    }
    clamp_levels(article.blocks);
    return article;
}

} // namespace galley::read
