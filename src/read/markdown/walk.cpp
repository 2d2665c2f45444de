// cmark-gfm's tree, walked once, into the model (through MarkdownBuilder).
#include "read/markdown/walk.hpp"

#include "util/text.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cstdlib>

namespace galley::read::md {

using model::Block;
using model::Inline;

namespace {

std::string literal(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s ? s : "";
}

// A literal that ran to the end of the text (an unclosed code fence or HTML
// block) took the sentinel in: it is cut off again.
std::string without_sentinel(std::string literal_text, const Sentinel& s) {
    if (s.text.empty()) return literal_text;
    const std::size_t at = literal_text.rfind(s.text);
    if (at == std::string::npos) return literal_text;
    literal_text.erase(at);
    while (literal_text.size() >= 2 && literal_text.ends_with("\n\n"))
        literal_text.pop_back();
    return literal_text;
}

// The label of a footnote definition: the public API gives a definition's
// label only through the CommonMark renderer ("[^label]:").
std::string definition_label(cmark_node* node) {
    std::unique_ptr<char, decltype(&std::free)> md(cmark_render_commonmark(node, CMARK_OPT_DEFAULT, 0),
                                                   std::free);
    std::string_view s = md ? md.get() : "";
    if (!s.starts_with("[^")) return {};
    return std::string(s.substr(2, s.find("]:") - 2));
}

// cmark's tree is freed as it is read: a node's earlier sibling is done
// when the node is entered, a container's last child when it is left. The
// tree and the model are then never both whole (300k list items held both:
// 485 MB for 4 MB of Markdown). The iterator never goes back to a node it
// has passed.
void release_done(cmark_node* node, cmark_event_type ev) {
    cmark_node* done =
        ev == CMARK_EVENT_ENTER ? cmark_node_previous(node) : cmark_node_last_child(node);
    if (done) cmark_node_free(done);
}

} // namespace

std::string NamedReferences::operator()(std::string_view name) {
    const std::string key(name);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    const std::string src = "&" + key + ";";
    std::string out;
    NodePtr doc(cmark_parse_document(src.data(), src.size(), CMARK_OPT_DEFAULT),
                cmark_node_free);
    cmark_node* para = doc ? cmark_node_first_child(doc.get()) : nullptr;
    cmark_node* text = para ? cmark_node_first_child(para) : nullptr;
    if (text && cmark_node_get_type(text) == CMARK_NODE_TEXT && !cmark_node_next(text)) {
        out = literal(text);
        if (out == src) out.clear();
    }
    if (cache_.size() < 4096) cache_.emplace(key, out);
    return out;
}

Sentinel add_sentinel(std::string& body) {
    Sentinel s;
    for (std::string_view line : util::split_lines(body)) {
        ++s.after_line;
        std::size_t i = 0;
        while (i < line.size() && i < 3 && line[i] == ' ')
            ++i;
        if (line.substr(i, 2) != "[^") continue;
        const std::size_t end = line.find("]:", i + 2);
        if (end == std::string_view::npos || end - i - 2 > 100) continue;
        const std::string_view label = line.substr(i + 2, end - i - 2);
        if (label.empty() || label.find_first_of(" \t[]") != std::string_view::npos) continue;
        s.text += "[^";
        s.text += label;
        s.text += ']';
    }
    if (s.text.empty()) return s;
    s.text.insert(0, "galley-sentinel ");
    body += "\n\n" + s.text + "\n";
    return s;
}

void walk(cmark_node* root, MarkdownBuilder& b, const Sentinel& sentinel) {
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root),
                                                                 cmark_iter_free);
    int block_line = 1; // inline nodes may carry no line of their own
    bool header_row = false;
    std::string task_mark; // a task-list item's box, put before its first paragraph's text
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        release_done(node, ev);
        if (ev == CMARK_EVENT_EXIT) {
            b.close(node);
            continue;
        }
        if (ev != CMARK_EVENT_ENTER) continue;
        int line = cmark_node_get_start_line(node);
        if (line <= 0) line = block_line;
        const std::string_view ext = cmark_node_get_type_string(node);
        if (ext == "table") {
            block_line = line;
            Block& table = b.open_block(node, Block::Kind::Table, line);
            const int columns = cmark_gfm_extensions_get_table_columns(node);
            const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
            for (int i = 0; aligns && i < columns; ++i)
                table.aligns.push_back(aligns[i] == 'l'   ? Block::Align::Left
                                       : aligns[i] == 'c' ? Block::Align::Center
                                       : aligns[i] == 'r' ? Block::Align::Right
                                                          : Block::Align::None);
            continue;
        }
        if (ext == "table_header" || ext == "table_row") {
            header_row = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
            b.open_block(node, Block::Kind::TableRow, line).header = header_row;
            continue;
        }
        if (ext == "table_cell") {
            b.open_block(node, Block::Kind::TableCell, line).header = header_row;
            continue;
        }
        if (ext == "strikethrough") {
            b.open_span(node, Inline::Kind::Strikeout, line);
            continue;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            block_line = line;
            b.open_note(node, definition_label(node), line);
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            b.add_note_ref(literal(node), line);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            block_line = line;
            b.open_block(node, Block::Kind::BlockQuote, line);
            break;
        case CMARK_NODE_LIST: {
            block_line = line;
            Block& list = b.open_block(node, Block::Kind::List, line);
            // Its items, counted: a vector grown by doubling holds up to
            // twice their size at its peak.
            std::size_t items = 0;
            for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c))
                ++items;
            list.children.reserve(items);
            list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            list.start = list.ordered ? cmark_node_get_list_start(node) : 1;
            list.tight = cmark_node_get_list_tight(node) != 0;
            break;
        }
        case CMARK_NODE_ITEM:
            block_line = line;
            b.open_block(node, Block::Kind::ListItem, line);
            if (ext == "tasklist")
                task_mark = cmark_gfm_extensions_get_tasklist_item_checked(node)
                                ? "\u2612 "  // ☒
                                : "\u2610 "; // ☐
            break;
        case CMARK_NODE_PARAGRAPH:
            if (!sentinel.text.empty() && line > sentinel.after_line) {
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
                break;
            }
            block_line = line;
            b.open_block(node, Block::Kind::Paragraph, line);
            if (!task_mark.empty()) b.add_inline(Inline::make_text(std::move(task_mark)));
            task_mark.clear();
            break;
        case CMARK_NODE_HEADING:
            block_line = line;
            b.open_block(node, Block::Kind::Heading, line).level =
                cmark_node_get_heading_level(node);
            break;
        case CMARK_NODE_CODE_BLOCK: {
            Block code;
            code.kind = Block::Kind::CodeBlock;
            code.text = without_sentinel(literal(node), sentinel);
            const char* info = cmark_node_get_fence_info(node);
            const std::string_view lang = util::trim(info ? info : "");
            code.language = std::string(lang.substr(0, lang.find_first_of(" \t")));
            code.pos = {"", line};
            b.add_block(std::move(code));
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK: {
            Block rule;
            rule.kind = Block::Kind::ThematicBreak;
            rule.pos = {"", line};
            b.add_block(std::move(rule));
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
            b.html_block(without_sentinel(literal(node), sentinel), line);
            break;
        case CMARK_NODE_TEXT:
            b.add_inline(Inline::make_text(literal(node)));
            break;
        case CMARK_NODE_SOFTBREAK:
            b.add_inline(Inline::make_text(" "));
            break;
        case CMARK_NODE_LINEBREAK:
            b.add_inline(Inline::make_break());
            break;
        case CMARK_NODE_CODE:
            b.add_inline(Inline::make_code(literal(node)));
            break;
        case CMARK_NODE_HTML_INLINE:
            b.html_inline(literal(node), line);
            break;
        case CMARK_NODE_EMPH:
            b.open_span(node, Inline::Kind::Emphasis, line);
            break;
        case CMARK_NODE_STRONG:
            b.open_span(node, Inline::Kind::Strong, line);
            break;
        case CMARK_NODE_LINK: {
            const char* url = cmark_node_get_url(node);
            b.open_link(node, url ? url : "", line);
            break;
        }
        case CMARK_NODE_IMAGE: {
            const char* url = cmark_node_get_url(node);
            b.open_image(node, url ? url : "", line);
            break;
        }
        default:
            break; // the document and custom nodes: their children are read as usual
        }
    }
}

} // namespace galley::read::md
