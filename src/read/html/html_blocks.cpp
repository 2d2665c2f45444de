// PageMapper, block content: paragraphs, headings, lists, quotes, code,
// tables and figures.
#include "read/html/page_mapper.hpp"

#include "read/credit_line.hpp"
#include "read/html/extract_clean.hpp"
#include "read/html/extract_rules.hpp"
#include "read/html/html_parser.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <optional>

namespace galley::read::html {

using model::Block;
using model::Inline;

namespace {

// Text-level elements, beyond the phrasing content the extractor knows.
bool is_inline(std::string_view tag) {
    for (std::string_view t : {"a", "font", "del", "ins", "s", "strike", "tt", "big", "acronym",
                               "picture", "source", "nobr", "center"})
        if (tag == t) return true;
    return rules::is_phrasing(tag);
}

bool is_heading(std::string_view tag) {
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool is_pullquote(const Node& n) {
    const std::string hints = rules::class_and_id(n);
    return hints.find("pullquote") != std::string::npos ||
           hints.find("pull-quote") != std::string::npos ||
           hints.find("pull_quote") != std::string::npos;
}

void flush(model::Inlines& pending, model::Blocks& out, model::SourcePos pos) {
    trim_inlines(pending);
    if (!pending.empty()) out.push_back(model::make_paragraph(std::move(pending), std::move(pos)));
    pending.clear();
}

// Text a <pre> shows: as written, <br> as a newline.
std::string pre_text(const Document& doc, NodeId id) {
    std::string out;
    std::vector<NodeId> stack{id};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (doc[n].removed) continue;
        if (doc[n].type == Node::Type::Text) out += doc[n].text;
        else if (doc[n].is("br")) out += '\n';
        for (auto it = doc[n].children.rbegin(); it != doc[n].children.rend(); ++it)
            stack.push_back(*it);
    }
    if (!out.empty() && out.front() == '\n') out.erase(0, 1);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

} // namespace

PageMapper::PageMapper(const Document& doc, MapContext context, model::Diagnostics& diags)
    : doc_(doc), context_(std::move(context)), diags_(diags), has_block_(doc.size(), -1) {}

MappedArticle PageMapper::map(const std::vector<NodeId>& kept) {
    find_notes(kept);
    MappedArticle out;
    model::Inlines pending;
    for (NodeId k : kept) {
        if (doc_[k].removed) continue;
        if (doc_[k].type == Node::Type::Text) {
            const std::string t = squeeze_space(doc_[k].text);
            if (!pending.empty() || t != " ") pending.push_back(Inline::make_text(t));
            continue;
        }
        block_element(k, out.blocks, pending, 0);
    }
    flush(pending, out.blocks, {context_.path, 0});
    if (remote_images_ > 20)
        diags_.warn({context_.path, 0}, std::to_string(remote_images_ - 20) +
                                            " more remote image(s) not fetched, kept as links");
    out.notes = std::move(notes_);
    out.credits = std::move(credits_);
    return out;
}

// True when `id` holds block-level content (memoised; linear overall).
bool PageMapper::has_block(NodeId id) {
    signed char& memo = has_block_[static_cast<std::size_t>(id)];
    if (memo >= 0) return memo != 0;
    bool block = false;
    for (NodeId d : doc_.descendants(id)) {
        const Node& n = doc_[d];
        if (n.is_element() && !is_inline(n.tag)) {
            block = true;
            break;
        }
    }
    memo = block ? 1 : 0;
    return block;
}

void PageMapper::blocks(NodeId parent, model::Blocks& out, int depth) {
    model::Inlines pending;
    for (NodeId c : doc_[parent].children) {
        const Node& n = doc_[c];
        if (n.removed || note_elements_.count(c)) continue;
        if (n.type == Node::Type::Text) {
            const std::string t = squeeze_space(n.text);
            if (!(pending.empty() && t == " ")) {
                if (!pending.empty() && pending.back().kind == Inline::Kind::Text)
                    pending.back().text += t;
                else
                    pending.push_back(Inline::make_text(t));
            }
            continue;
        }
        block_element(c, out, pending, depth + 1);
    }
    flush(pending, out, pos(parent));
}

void PageMapper::block_element(NodeId id, model::Blocks& out, model::Inlines& pending, int depth) {
    const Node& n = doc_[id];
    if (rules::is_never_content(n.tag) || n.tag == "svg" || n.tag == "head" || n.tag == "title")
        return;
    if (is_inline(n.tag) && !has_block(id)) {
        if (n.tag == "br" && !pending.empty() && pending.back().kind == Inline::Kind::LineBreak) {
            pending.pop_back(); // two line breaks: a paragraph break
            return flush(pending, out, pos(id));
        }
        return inline_element(id, pending, depth);
    }
    flush(pending, out, pos(id));
    if (depth > max_depth + 8) return; // cannot happen with a parsed tree; a guard all the same
    if (n.tag == "p") {
        model::Inlines in;
        inlines(id, in, depth);
        trim_inlines(in);
        if (!in.empty()) out.push_back(model::make_paragraph(std::move(in), pos(id)));
        return;
    }
    if (is_heading(n.tag)) {
        model::Inlines in;
        inlines(id, in, depth);
        trim_inlines(in);
        if (in.empty()) return;
        out.push_back(model::make_heading(std::max(2, n.tag[1] - '0'), std::move(in), pos(id)));
        return;
    }
    if (n.tag == "ul" || n.tag == "ol") return list(id, out, depth);
    if (n.tag == "blockquote" || (n.tag == "aside" && is_pullquote(n))) {
        Block q;
        q.kind = Block::Kind::BlockQuote;
        q.pos = pos(id);
        if (is_pullquote(n) || n.tag == "aside") q.role = "pullquote";
        blocks(id, q.children, depth);
        if (!q.children.empty()) out.push_back(std::move(q));
        return;
    }
    if (n.tag == "pre") {
        Block code;
        code.kind = Block::Kind::CodeBlock;
        code.text = pre_text(doc_, id);
        code.pos = pos(id);
        std::string cls = n.attr("class");
        if (const NodeId inner = doc_.find("code", id); inner != no_node) cls += " " + doc_[inner].attr("class");
        if (const std::size_t at = cls.find("language-"); at != std::string::npos)
            code.language = cls.substr(at + 9, cls.find(' ', at) - at - 9);
        if (!util::trim(code.text).empty()) out.push_back(std::move(code));
        return;
    }
    if (n.tag == "hr") {
        Block b;
        b.kind = Block::Kind::ThematicBreak;
        b.pos = pos(id);
        out.push_back(std::move(b));
        return;
    }
    if (n.tag == "table") return table(id, out, depth);
    if (n.tag == "figure") return figure(id, out, depth);
    if (n.tag == "dt") {
        model::Inlines in;
        inlines(id, in, depth);
        trim_inlines(in);
        if (!in.empty())
            out.push_back(model::make_paragraph({Inline::make_span(Inline::Kind::Strong, std::move(in))}, pos(id)));
        return;
    }
    // Containers (div, section, article, li outside a list, dd, ...): their content.
    blocks(id, out, depth);
}

void PageMapper::list(NodeId id, model::Blocks& out, int depth) {
    const Node& n = doc_[id];
    Block l;
    l.kind = Block::Kind::List;
    l.pos = pos(id);
    l.ordered = n.tag == "ol";
    if (l.ordered) {
        const int start = std::atoi(n.attr("start").c_str());
        if (start > 0 && start < 1000000) l.start = start;
        const std::string type = n.attr("type");
        if (type == "1" || type == "a" || type == "A" || type == "i" || type == "I") l.list_style = type;
    }
    l.tight = true;
    for (NodeId c : doc_[id].children) {
        const Node& k = doc_[c];
        if (k.removed || note_elements_.count(c)) continue;
        Block item;
        item.kind = Block::Kind::ListItem;
        item.pos = pos(c);
        if (k.is("li")) {
            blocks(c, item.children, depth + 1);
        } else if (k.type == Node::Type::Text) {
            if (util::trim(k.text).empty()) continue;
            item.children.push_back(model::make_paragraph({Inline::make_text(collapse_white_space(k.text))}, pos(c)));
        } else {
            model::Inlines pending;
            block_element(c, item.children, pending, depth + 1);
            flush(pending, item.children, pos(c));
        }
        if (item.children.empty()) continue;
        if (item.children.size() != 1 || item.children[0].kind != Block::Kind::Paragraph) l.tight = false;
        l.children.push_back(std::move(item));
    }
    if (!l.children.empty()) out.push_back(std::move(l));
}

void PageMapper::table(NodeId id, model::Blocks& out, int depth) {
    if (!is_data_table(doc_, id)) {
        // A layout table: its cells' content, in reading order.
        for (NodeId d : doc_.descendants(id)) {
            const Node& n = doc_[d];
            if ((n.is("td") || n.is("th")) && doc_.ancestor(d, "table") == id) blocks(d, out, depth + 1);
        }
        return;
    }
    Block t;
    t.kind = Block::Kind::Table;
    t.pos = pos(id);
    std::size_t columns = 0;
    for (NodeId d : doc_.descendants(id)) {
        const Node& n = doc_[d];
        if (n.is("caption") && doc_.ancestor(d, "table") == id) {
            inlines(d, t.inlines, depth + 1);
            trim_inlines(t.inlines);
        }
        if (!n.is("tr") || doc_.ancestor(d, "table") != id) continue;
        Block row;
        row.kind = Block::Kind::TableRow;
        row.pos = pos(d);
        row.header = doc_.ancestor(d, "thead", 2) != no_node;
        std::size_t cols = 0;
        for (NodeId c : doc_.live_children(d)) {
            const Node& cell = doc_[c];
            if (!cell.is("td") && !cell.is("th")) continue;
            Block b;
            b.kind = Block::Kind::TableCell;
            b.header = cell.is("th");
            const int span = std::atoi(cell.attr("colspan").c_str());
            b.level = span > 1 && span < 1000 ? span : 1;
            b.pos = pos(c);
            inlines(c, b.inlines, depth + 1);
            trim_inlines(b.inlines);
            cols += static_cast<std::size_t>(b.level);
            row.children.push_back(std::move(b));
        }
        if (row.children.empty()) continue;
        columns = std::max(columns, cols);
        t.children.push_back(std::move(row));
    }
    if (t.children.empty()) return;
    // Header rows first, as the model says.
    std::stable_partition(t.children.begin(), t.children.end(), [](const Block& r) { return r.header; });
    t.aligns.assign(columns, Block::Align::None);
    out.push_back(std::move(t));
}

// A figure: its images (lazy ones resolved), and its caption; a credit line
// in the caption ("Photo: X / Agency") becomes the image's credit.
void PageMapper::figure(NodeId id, model::Blocks& out, int depth) {
    Block f;
    f.kind = Block::Kind::Figure;
    f.pos = pos(id);
    model::Inlines images;
    NodeId caption = no_node;
    std::vector<NodeId> credit_nodes;
    for (NodeId d : doc_.descendants(id)) {
        const Node& n = doc_[d];
        if (n.is("figcaption") && caption == no_node) caption = d;
        const NodeId noscript = doc_.ancestor(d, "noscript", 3);
        if (n.is("img") && (caption == no_node || !doc_.inside(d, caption)) &&
            (noscript == no_node || !has_image_before(noscript)))
            images.push_back(image(n));
        if (n.is_element() && caption != no_node && doc_.inside(d, caption)) {
            const std::string hints = rules::class_and_id(n);
            if (hints.find("credit") != std::string::npos || hints.find("copyright") != std::string::npos)
                credit_nodes.push_back(d);
        }
    }
    std::erase_if(images, [](const Inline& i) { return i.kind == Inline::Kind::Text && i.text.empty(); });
    if (images.empty()) return blocks(id, out, depth); // a figure of text: its content
    f.children.push_back(model::make_paragraph(std::move(images), pos(id)));
    const Inline* local = f.children[0].inlines[0].kind == Inline::Kind::Image ? &f.children[0].inlines[0] : nullptr;
    if (caption != no_node) {
        // The credit: a credit element in the caption, else the caption itself.
        std::optional<model::Credit> credit;
        for (NodeId c : credit_nodes)
            if ((credit = parse_credit_line(collapse_white_space(doc_.text_content(c)), pos(c)))) break;
        const std::string whole = collapse_white_space(doc_.text_content(caption));
        bool caption_is_credit = false;
        if (!credit) {
            credit = parse_credit_line(whole, pos(caption));
            caption_is_credit = credit.has_value();
        }
        if (credit && local) {
            credit->subject = local->url;
            credits_.push_back(std::move(*credit));
        }
        // A caption that is only the credit is shown as the credit, in attribution form.
        if (!(caption_is_credit && local)) {
            inlines(caption, f.inlines, depth + 1);
            trim_inlines(f.inlines);
        }
    }
    out.push_back(std::move(f));
}

} // namespace galley::read::html
