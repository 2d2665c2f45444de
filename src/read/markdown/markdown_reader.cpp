// Markdown (CommonMark with GitHub's extensions, through cmark-gfm): front
// matter, raw blocks that would swallow the text, the parse, the walk
// (walk.cpp), the title.
#include "read/markdown/markdown_reader.hpp"

#include "read/figure_credits.hpp"
#include "read/markdown/markdown_builder.hpp"
#include "read/markdown/walk.hpp"
#include "read/metadata/metadata_reader.hpp"
#include "util/text.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace galley::read {

namespace {

using md::NodePtr;
using md::Sentinel;
using model::Block;
using model::SourcePos;

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
    const Sentinel sentinel = md::add_sentinel(body);
    NodePtr doc = parse_gfm(body);
    if (!doc) throw model::Error(SourcePos{src.path, 0}, "the Markdown parser ran out of memory");

    md::NamedReferences references;
    MarkdownBuilder builder(src.path, diags,
                            [&references](std::string_view name) { return references(name); });
    md::walk(doc.get(), builder, sentinel);
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
