#include "pipeline/inspect_report.hpp"

#include <algorithm>
#include <sstream>

namespace galley {

namespace {

using model::Block;

std::string line_of(const model::SourcePos& pos) {
    return pos.line > 0 ? "line " + std::to_string(pos.line) : "line ?";
}

// Walks the blocks (top level and inside quotes) and lists what was found.
// The rule behind the heading at `line`, from the reader's decisions.
std::string rule_at(const std::vector<read::text::HeadingDecision>& rules, int line) {
    const auto it = std::lower_bound(rules.begin(), rules.end(), line,
                                     [](const auto& r, int l) { return r.line < l; });
    return it != rules.end() && it->line == line ? " [" + it->rule + "]" : "";
}

void describe_blocks(const model::Blocks& blocks, std::ostringstream& out, int& paragraphs,
                     int depth, const std::vector<read::text::HeadingDecision>& rules) {
    if (depth > 16) return;
    for (const Block& b : blocks) {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            ++paragraphs;
            break;
        case Block::Kind::Heading:
            out << "  heading " << b.level << " (" << line_of(b.pos)
                << "): " << model::plain_text(b.inlines) << rule_at(rules, b.pos.line) << '\n';
            break;
        case Block::Kind::List:
            out << "  list (" << line_of(b.pos) << "): " << (b.ordered ? "ordered" : "bullets")
                << ", " << b.children.size() << " items";
            if (b.ordered) out << ", starting at " << b.start;
            out << '\n';
            break;
        case Block::Kind::BlockQuote:
            out << "  block quote (" << line_of(b.pos) << "): " << b.children.size()
                << " block(s)\n";
            describe_blocks(b.children, out, paragraphs, depth + 1, rules);
            break;
        case Block::Kind::ThematicBreak:
            out << "  scene break (" << line_of(b.pos) << ")\n";
            break;
        case Block::Kind::CodeBlock:
            out << "  code block (" << line_of(b.pos) << ")\n";
            break;
        case Block::Kind::Figure:
            out << "  figure (" << line_of(b.pos) << ")\n";
            break;
        case Block::Kind::Table: {
            std::size_t cells = 0, columns = 0;
            for (const Block& row : b.children) {
                cells += row.children.size();
                columns = std::max(columns, row.children.size());
            }
            out << "  table (" << line_of(b.pos) << "): " << b.children.size() << " rows, "
                << columns << " columns, " << cells << " cells\n";
            break;
        }
        case Block::Kind::LineBlock:
            out << "  line block (" << line_of(b.pos) << "): " << b.children.size() << " lines"
                << (b.role.empty() ? "" : ", " + b.role) << '\n';
            break;
        case Block::Kind::ListItem:
        case Block::Kind::TableRow:
        case Block::Kind::TableCell:
            break;
        }
    }
}

void describe_credit(const model::Credit& c, std::ostringstream& out) {
    out << "  credit (" << line_of(c.pos) << ", " << c.subject << "):";
    if (!c.creator.empty()) out << " creator \"" << c.creator << "\"";
    if (!c.source.empty()) out << " source \"" << c.source << "\"";
    if (!c.licence.empty()) out << " licence \"" << c.licence.name << "\"";
    out << "\n    raw: " << c.raw << '\n';
}

// What extraction decided: the container, each field with its rule, and the
// dropped blocks with their reason.
void describe_page(const InspectedFile& f, std::ostringstream& out) {
    const model::Article& a = f.article;
    auto rule = [](const std::string& r) { return r.empty() ? std::string() : " (" + r + ")"; };
    out << "  title rule: " << (f.html.title_rule.empty() ? "none" : f.html.title_rule) << '\n';
    out << "  byline" << rule(f.html.authors_rule) << ":";
    for (std::size_t i = 0; i < a.authors.size(); ++i)
        out << (i ? "; " : " ") << a.authors[i].name;
    out << '\n';
    out << "  date" << rule(f.html.date_rule) << ": " << a.date << '\n';
    out << "  site: " << a.source_name << '\n';
    out << "  url: " << a.url << '\n';
    out << "  lang: " << a.lang << '\n';
    if (!a.lead_image.empty()) out << "  lead image: " << a.lead_image.src << '\n';
    out << "  container: " << f.html.container << ", " << f.html.rule << '\n';
    out << "  notes: " << a.notes.size() << '\n';
    for (const auto& d : f.html.dropped)
        out << "  dropped (" << line_of({"", d.line}) << ", " << d.reason << "): " << d.excerpt << '\n';
}

} // namespace

std::string format_inspection(const std::vector<model::Diagnostic>& metadata_diagnostics,
                              const std::vector<InspectedFile>& files) {
    std::ostringstream out;
    for (const model::Diagnostic& d : metadata_diagnostics)
        out << d.format() << '\n';
    for (const InspectedFile& f : files) {
        out << f.path << '\n';
        if (!f.error.empty()) {
            out << "  " << f.error << "\n\n";
            continue;
        }
        out << "  format: " << f.format << '\n';
        out << "  encoding: " << f.encoding << '\n';
        if (!f.paragraph_style.empty()) out << "  paragraphs: " << f.paragraph_style << '\n';
        out << "  title";
        if (f.title_line > 0) out << " (line " << f.title_line << ")";
        out << ": " << f.article.title << '\n';
        if (!f.text.title_as_written.empty())
            out << "  title written in capitals (\"" << f.text.title_as_written
                << "\"): title-cased, since no metadata gives the title\n";
        if (!f.article.subtitle.empty()) {
            out << "  subtitle";
            if (f.text.subtitle_line > 0) out << " (line " << f.text.subtitle_line << ")";
            out << ": " << f.article.subtitle << '\n';
        }
        if (f.text.byline_line > 0) {
            out << "  byline (line " << f.text.byline_line << "):";
            for (std::size_t k = 0; k < f.article.authors.size(); ++k)
                out << (k ? ", " : " ") << f.article.authors[k].name;
            if (!f.article.date.empty()) out << " | date " << f.article.date;
            if (!f.article.source_name.empty()) out << " | source " << f.article.source_name;
            out << '\n';
        }
        if (f.text.contents_entries > 0)
            out << "  the text's own contents list: " << f.text.contents_entries
                << " entries, removed (they confirm headings)\n";
        if (f.text.links > 0) out << "  bare web addresses linked: " << f.text.links << '\n';
        if (f.text.emphasis > 0)
            out << "  emphasis (_word_, *word*): " << f.text.emphasis << " spans\n";
        if (f.format == "HTML") describe_page(f, out);
        int paragraphs = 0;
        describe_blocks(f.article.blocks, out, paragraphs, 0, f.text.headings);
        for (const model::Credit& c : f.article.credits)
            describe_credit(c, out);
        if (!f.article.notes.empty()) out << "  notes: " << f.article.notes.size() << '\n';
        out << "  body paragraphs: " << paragraphs << '\n';
        if (!f.split_points.empty()) {
            out << "  EPUB: split into " << f.split_points.size() + 1
                << " content documents (limit " << f.split_limit / 1024 << " KB), before:\n";
            for (const auto& [pos, text] : f.split_points)
                out << "    " << line_of(pos) << ": " << text << '\n';
        }
        for (const model::Diagnostic& d : f.diagnostics)
            out << "  " << d.format() << '\n';
        out << '\n';
    }
    return out.str();
}

} // namespace galley
