#include "read/markdown/markdown_reader.hpp"

#include "read/figure_credits.hpp"

#include "read/markdown/markdown_builder.hpp"
#include "read/metadata/metadata_reader.hpp"
#include "util/text.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace galley::read {

namespace {

using model::Block;
using model::Inline;
using model::SourcePos;

using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

std::string literal(cmark_node* node) {
    const char* s = cmark_node_get_literal(node);
    return s ? s : "";
}

// Named character references in raw HTML, decoded with cmark's own table
// (the HTML5 list) by parsing "&name;" on its own. Memoised per article.
class NamedReferences {
  public:
    std::string operator()(std::string_view name) {
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

  private:
    std::map<std::string, std::string> cache_;
};

// ---------------------------------------------------------------------------
// Footnote definitions
//
// cmark-gfm drops a definition nothing refers to, and the author would lose
// it silently. So the text gets one more paragraph after its last line that
// refers to every label a definition line names; the walk skips that
// paragraph, and numbering (transform/notes) then sees the note unreferenced,
// shows it and says so.

struct Sentinel {
    std::string text;  // the paragraph appended, "" when there are no definitions
    int after_line = 0; // the source's last line: anything starting later is the sentinel's
};

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

bool is_fence(std::string_view line, bool closing) {
    const std::string_view t = util::trim(line);
    return line.substr(0, 3) == t.substr(0, 3) && (t == "---" || (closing && t == "..."));
}

// "key:" or "key: value" at the start of a line: the block is YAML, not a
// thematic break followed by Markdown that happens to be closed by another.
bool looks_like_mapping(std::string_view line) {
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '#')
        return false;
    const std::size_t colon = line.find(':');
    return colon != std::string_view::npos && colon > 0 &&
           (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t');
}

struct FrontMatter {
    std::string yaml;
    int first_line = 2; // the line the YAML starts on
};

// Splits off a YAML block between `---` lines at the very top; the lines it
// took are blanked in `body` so that cmark's line numbers stay the file's.
std::optional<FrontMatter> split_front_matter(std::string& body) {
    const std::vector<std::string_view> lines = util::split_lines(body);
    if (lines.size() < 3 || !is_fence(lines[0], false)) return std::nullopt;
    std::size_t first = 1;
    while (first < lines.size() && util::trim(lines[first]).empty())
        ++first;
    if (first != 1 || first >= lines.size() || !looks_like_mapping(lines[first]))
        return std::nullopt;
    for (std::size_t end = 1; end < lines.size(); ++end) {
        if (!is_fence(lines[end], true)) continue;
        FrontMatter fm;
        const std::size_t from = lines[1].data() - body.data();
        const std::size_t to = lines[end].data() - body.data();
        fm.yaml = body.substr(from, to - from);
        const std::size_t stop = to + lines[end].size();
        for (std::size_t i = 0; i < stop; ++i)
            if (body[i] != '\n') body[i] = ' ';
        return fm;
    }
    return std::nullopt;
}

// Moves the first level-1 heading out of `blocks` into the title.
std::string take_title(model::Blocks& blocks) {
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        if (it->kind == Block::Kind::Heading && it->level == 1) {
            std::string title(util::trim(model::plain_text(it->inlines)));
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

// GitHub Flavored Markdown: CommonMark plus tables, footnotes,
// strikethrough, autolinks and task lists. No CMARK_OPT_SMART: typography is
// one language-aware transform for every reader.
NodePtr parse_gfm(const std::string& text) {
    // Registering the extensions touches a global registry: once, whatever
    // the reading threads do.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
        cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES),
        cmark_parser_free);
    if (!parser) return NodePtr(nullptr, cmark_node_free);
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), text.data(), text.size());
    return NodePtr(cmark_parser_finish(parser.get()), cmark_node_free);
}

// CommonMark's raw HTML blocks that open with <script>, <style>, <pre> or
// <textarea> run to their closing tag, or to the end of the document. Prose
// that merely begins with one ("<script> elements run code...") would take
// every later paragraph with it; so a line opening such a block whose
// closing tag appears nowhere after it is escaped ("\<script>") and read as
// text. Fenced code is left alone. Linear: one scan of the lines.
void escape_unclosed_raw_blocks(std::string& body) {
    static const char* const tags[] = {"script", "style", "pre", "textarea"};
    // For each tag, where its last closing tag starts (npos: none); found on
    // the first line that opens such a block, as most texts have none.
    std::size_t last_close[4];
    bool closes_found = false;
    auto find_closes = [&] {
        const std::string lower = util::to_lower_ascii(body);
        for (int t = 0; t < 4; ++t)
            last_close[t] = lower.rfind(std::string("</") + tags[t]);
        closes_found = true;
    };
    std::vector<std::size_t> escapes;
    char fence = 0;
    for (std::size_t at = 0; at < body.size();) {
        const std::size_t end = std::min(body.find('\n', at), body.size());
        const std::string_view line(body.data() + at, end - at);
        std::size_t indent = 0;
        while (indent < line.size() && indent < 4 && line[indent] == ' ')
            ++indent;
        const std::string_view rest = line.substr(indent);
        if (indent < 4 && (rest.substr(0, 3) == "```" || rest.substr(0, 3) == "~~~")) {
            if (fence == 0) fence = rest[0];
            else if (fence == rest[0]) fence = 0;
        } else if (fence == 0 && indent < 4 && !rest.empty() && rest[0] == '<') {
            for (int t = 0; t < 4; ++t) {
                const std::string open = std::string("<") + tags[t];
                if (!util::starts_with_icase(rest, open)) continue;
                const char next = rest.size() > open.size() ? rest[open.size()] : '\n';
                if (next != ' ' && next != '>' && next != '\t' && next != '\n' && next != '\r')
                    continue;
                if (!closes_found) find_closes();
                if (last_close[t] == std::string::npos || last_close[t] < at) escapes.push_back(at + indent);
            }
        }
        at = end + 1;
    }
    if (escapes.empty()) return;
    std::string out;
    out.reserve(body.size() + escapes.size());
    std::size_t from = 0;
    for (const std::size_t at : escapes) {
        out.append(body, from, at - from);
        out += '\\';
        from = at;
    }
    out.append(body, from, std::string::npos);
    body = std::move(out);
}

} // namespace

model::Article read_markdown(const SourceText& src, model::Diagnostics& diags) {
    model::Article article;
    article.source = SourcePos{src.path, 0};

    std::string body = src.text;
    if (auto fm = split_front_matter(body))
        read_front_matter(fm->yaml, src.path, fm->first_line, article, diags);
    if (!article.lead_image.empty()) {
        const std::string& s = article.lead_image.src;
        if (util::starts_with_icase(s, "http://") || util::starts_with_icase(s, "https://") ||
            s.substr(0, 2) == "//") {
            diags.warn(article.lead_image.pos, "remote lead image not fetched: " + s);
            article.lead_image = {};
        }
    }

    // Prose opening with <script> must not swallow the rest of the article.
    escape_unclosed_raw_blocks(body);
    const Sentinel sentinel = add_sentinel(body);
    NodePtr doc = parse_gfm(body);
    if (!doc) throw model::Error(SourcePos{src.path, 0}, "the Markdown parser ran out of memory");

    NamedReferences references;
    MarkdownBuilder builder(src.path, diags,
                            [&references](std::string_view name) { return references(name); });
    walk(doc.get(), builder, sentinel);
    article.blocks = builder.finish();
    article.notes = builder.take_notes();
    take_figure_credits(article.blocks, article.credits, diags);

    if (article.title.empty()) {
        article.title = take_title(article.blocks);
    } else if (!article.blocks.empty() && article.blocks.front().kind == Block::Kind::Heading &&
               article.blocks.front().level == 1 &&
               util::trim(model::plain_text(article.blocks.front().inlines)) == article.title) {
        article.blocks.erase(article.blocks.begin()); // the title, given twice
    }
    if (article.title.empty()) {
        for (std::string_view line : util::split_lines(body)) {
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
