#include "read/text/text_reader.hpp"

#include "read/text/boilerplate.hpp"
#include "read/text/autolinks.hpp"
#include "read/text/book_roles.hpp"
#include "read/text/byline.hpp"
#include "read/text/contents_list.hpp"
#include "read/text/emphasis.hpp"
#include "read/credit_line.hpp"
#include "read/names.hpp"
#include "read/text/heading_rules.hpp"
#include "read/text/notes.hpp"
#include "read/metadata/metadata_reader.hpp"
#include "read/text/text_blocks.hpp"
#include "read/text/title_lines.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace galley::read {

namespace {

using model::Article;
using model::Block;
using model::SourcePos;

// How many paragraphs at the end may hold credit lines or leftovers.
constexpr std::size_t tail_window = 4;

// Shortened for messages: the first 60 characters.
std::string excerpt(std::string_view s) {
    std::string out;
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < 60) {
        const std::size_t b = i;
        util::next_code_point(s, i);
        out.append(s.substr(b, i - b));
        ++n;
    }
    if (i < s.size()) {
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        out += "\xE2\x80\xA6"; // …
    }
    return out;
}

std::string text_of(const Block& b) {
    return model::plain_text(b.inlines);
}

struct Body {
    model::Blocks blocks;
    std::vector<bool> standalone;

    void erase(std::size_t i) {
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
        standalone.erase(standalone.begin() + static_cast<std::ptrdiff_t>(i));
    }
};

void strip_paragraphs(Body& body, const TextOptions& options, model::Diagnostics& diags,
                      TextReport& report) {
    if (options.strip.empty()) return;
    // Compacts in place, so removing many paragraphs stays linear.
    // Compiled once; each paragraph is lowered once and each pattern
    // matches it in linear time (read/text/boilerplate.hpp).
    std::vector<StripPattern> patterns;
    for (const std::string& pattern : options.strip)
        if (StripPattern p(pattern); !p.empty()) patterns.push_back(std::move(p));
    std::size_t kept = 0;
    for (std::size_t i = 0; i < body.blocks.size(); ++i) {
        const Block& b = body.blocks[i];
        const std::string* hit = nullptr;
        if (b.kind == Block::Kind::Paragraph && !patterns.empty()) {
            const std::string text = text_of(b);
            const std::string lowered = lower_for_strip(text);
            for (const StripPattern& pattern : patterns) {
                if (pattern.matches_lowered(lowered)) {
                    hit = &pattern.text();
                    break;
                }
            }
            if (hit) {
                diags.note(b.pos, "stripped paragraph (strip pattern \"" + *hit + "\"): \"" +
                                      excerpt(text) + "\"");
                ++report.stripped;
                continue;
            }
        }
        if (kept != i) {
            body.blocks[kept] = std::move(body.blocks[i]);
            body.standalone[kept] = body.standalone[i];
        }
        ++kept;
    }
    body.blocks.resize(kept);
    body.standalone.resize(kept);
}

bool is_leftover(const Block& b) {
    if (b.kind != Block::Kind::Paragraph) return false;
    const std::string t = text_of(b);
    return is_known_boilerplate(t) || is_cut_off(t);
}

// Credit lines right after the title or among the last paragraphs (past
// leftovers such as "Share this article").
void take_credits(Body& body, Article& article, model::Diagnostics& diags) {
    std::vector<model::Credit> head, tail;
    for (int taken = 0; taken < 2 && !body.blocks.empty(); ++taken) {
        const Block& b = body.blocks.front();
        auto c =
            b.kind == Block::Kind::Paragraph ? parse_credit_line(text_of(b), b.pos) : std::nullopt;
        if (!c) break;
        head.push_back(std::move(*c));
        body.erase(0);
    }
    std::size_t seen = 0;
    for (std::size_t i = body.blocks.size(); i > 0 && seen < tail_window; ++seen) {
        const Block& b = body.blocks[i - 1];
        if (b.kind != Block::Kind::Paragraph) break;
        if (auto c = parse_credit_line(text_of(b), b.pos)) {
            tail.insert(tail.begin(), std::move(*c));
            body.erase(i - 1);
        } else if (!is_leftover(b)) {
            break;
        }
        --i;
    }
    // Nothing leaves the body silently.
    for (const std::vector<model::Credit>* moved : {&head, &tail})
        for (const model::Credit& c : *moved)
            diags.note(c.pos, "credit line moved to the article's credits: \"" + excerpt(c.raw) + "\"");
    // Credit lines inside the text stay where the author put them, marked as
    // credits: never headings, never in the contents; the Credits page lists
    // them too, in the order of the text.
    std::vector<model::Credit> in_text;
    for (Block& b : body.blocks) {
        if (b.kind != Block::Kind::Paragraph) continue;
        auto c = parse_credit_line(text_of(b), b.pos);
        // "Credit: the author thanks her colleagues" is prose, not a credit.
        if (c && (!c->licence.empty() || !c->source.empty() || looks_like_name(c->creator))) {
            b.role = "credit";
            // Not the lead image's (which a file beside the article may be).
            c->subject = "image in the text";
            c->in_text = true;
            in_text.push_back(std::move(*c));
        }
    }
    for (std::vector<model::Credit>* part : {&head, &in_text, &tail})
        article.credits.insert(article.credits.end(), part->begin(), part->end());
}

// "By Maria Okafor | 12 March 2024 | Newsroom" right under the title (past a
// credit line, if one comes first): the article's authors, date and source,
// unless the metadata gave authors already. A date alone on the next line is
// the article's date.
void take_byline(Body& body, Article& article, model::Diagnostics& diags, TextReport& report) {
    if (!article.authors.empty()) return;
    for (std::size_t i = 0; i < body.blocks.size() && i < 2; ++i) {
        const Block& b = body.blocks[i];
        if (b.kind != Block::Kind::Paragraph) return;
        const std::string t = text_of(b);
        auto byline = text::parse_byline(t);
        if (!byline) {
            if (parse_credit_line(t, b.pos)) continue;
            return;
        }
        for (std::string& name : byline->authors)
            article.authors.push_back({std::move(name), "", ""});
        if (article.date.empty()) article.date = byline->date;
        if (article.source_name.empty()) article.source_name = byline->source;
        diags.note(b.pos, "byline taken as the article's authors: \"" + excerpt(t) + "\"");
        report.byline_line = b.pos.line;
        body.erase(i);
        // A dateline of its own under the byline ("August 5, 2020").
        if (i < body.blocks.size() && body.blocks[i].kind == Block::Kind::Paragraph &&
            article.date.empty()) {
            if (std::string d = text::parse_written_date(text_of(body.blocks[i])); !d.empty()) {
                diags.note(body.blocks[i].pos, "dateline taken as the article's date: " + d);
                article.date = std::move(d);
                body.erase(i);
            }
        }
        return;
    }
}

void report_leftovers(const Body& body, model::Diagnostics& diags) {
    for (std::size_t i = 0; i < body.blocks.size(); ++i) {
        const Block& b = body.blocks[i];
        if (b.kind != Block::Kind::Paragraph) continue;
        const std::string t = text_of(b);
        const bool last = i + 1 == body.blocks.size();
        if (is_known_boilerplate(t) || (last && is_cut_off(t)))
            diags.warn(b.pos, "looks like page boilerplate: \"" + excerpt(t) + "\"");
    }
}

// A book that numbers its divisions (three headings or more found by their
// shape) has shown its scheme: other short lines are its prose, not headings.
constexpr std::size_t scheme_headings = 3;

void decide_headings(Body& body, const std::vector<std::string>& contents, TextReport& report) {
    const std::size_t shaped =
        text::apply_heading_shapes(body.blocks, body.standalone, contents, report.headings);
    const bool scheme = shaped >= scheme_headings;
    // Epigraphs and a dedication belong to books, not to news.
    if (scheme) text::mark_book_roles(body.blocks);
    for (std::size_t i = 0; i < body.blocks.size(); ++i) {
        Block& b = body.blocks[i];
        if (b.kind == Block::Kind::Heading && !body.standalone[i])
            report.headings.push_back({b.pos.line, "underlined"});
        if (b.kind != Block::Kind::Paragraph || !body.standalone[i] || b.role == "credit") continue;
        const std::string t = text_of(b);
        if (is_known_boilerplate(t) || looks_like_credit_line(t)) continue;
        // A line running on into a block that starts in lower case is prose.
        if (i + 1 < body.blocks.size() && body.blocks[i + 1].kind == Block::Kind::Paragraph) {
            const std::string next = text_of(body.blocks[i + 1]);
            if (!next.empty() && next[0] >= 'a' && next[0] <= 'z') continue;
        }
        std::string_view rest;
        if (const int level = text::atx_heading_level(t, rest)) {
            // "# A" and "## A" are sections (the title is level 1), "### A" deeper.
            b.inlines = {model::Inline::make_text(std::string(rest))};
            b.kind = Block::Kind::Heading;
            b.level = std::max(2, level);
            report.headings.push_back({b.pos.line, "'#' marks"});
            continue;
        }
        const char* rule = nullptr;
        if (text::is_chapter_heading(t))
            rule = "chapter word";
        else if (scheme)
            continue;
        else if (text::is_all_caps_heading(t))
            rule = "all capitals";
        if (!rule && text::is_heading_candidate(t) && i + 1 < body.blocks.size()) {
            const Block& next = body.blocks[i + 1];
            // Body text: a sentence-like paragraph, or a list.
            if (next.kind == Block::Kind::List ||
                (next.kind == Block::Kind::Paragraph && text::looks_like_body(text_of(next))))
                rule = "short line before body text";
        }
        if (rule) {
            b.kind = Block::Kind::Heading;
            b.level = 2;
            report.headings.push_back({b.pos.line, rule});
        }
    }
    std::sort(report.headings.begin(), report.headings.end(),
              [](const auto& a, const auto& b) { return a.line < b.line; });
}

Article read_body(const SourceText& src, const std::vector<text::Line>& body_lines, Article article,
                  const TextOptions& options, model::Diagnostics& diags, TextReport* report_out,
                  TextReport report);

// YAML front matter, as pandoc reads it in Markdown: a first line `---`, the
// YAML, then `---` or `...`. Its title, subtitle, author, date, description
// and lang go to the article. Returns the index of the line after it (0 when
// there is none: the lines are not YAML, or not a mapping of known keys).
std::size_t read_front_matter(const SourceText& src, const std::vector<text::Line>& lines,
                              Article& article, model::Diagnostics& diags) {
    if (lines.empty() || lines[0].no != 1) return 0; // not at the start of the file
    const std::vector<std::string_view> raw = util::split_lines(src.text);
    if (raw.empty() || raw[0] != "---") return 0;
    std::size_t close = 1;
    while (close < raw.size() && raw[close] != "---" && raw[close] != "...")
        ++close;
    if (close >= raw.size() || close >= lines.size()) return 0;
    // A leading newline keeps the YAML's line numbers those of the file.
    std::string yaml = "\n";
    for (std::size_t i = 1; i < close; ++i) {
        yaml += raw[i];
        yaml += '\n';
    }
    // Plain text starting with a rule ("---", "Warning: graphic content.",
    // "---") is text unless the block is a mapping of known keys: anything
    // else stays in the article.
    model::Metadata m;
    model::Diagnostics found;
    try {
        read_metadata(yaml, src.path, m, found);
    } catch (const model::Error&) {
        return 0;
    }
    if (m == model::Metadata{} || found.warning_count() > 0) return 0;
    diags.append(found);
    if (!m.title.empty()) article.title = m.title;
    article.subtitle = m.subtitle;
    article.authors = m.authors;
    article.date = m.date;
    article.description = m.description;
    article.lang = m.lang;
    return close + 1;
}

} // namespace

Article read_text(const SourceText& src, const TextOptions& options, model::Diagnostics& diags,
                  TextReport* report_out) {
    TextReport report;
    Article article;
    article.source = SourcePos{src.path, 0};
    std::vector<text::Line> lines = text::to_lines(src.text);

    text::drop_gutenberg_frame(lines, src.path, diags);
    const std::size_t after_front_matter = read_front_matter(src, lines, article, diags);
    std::size_t first = after_front_matter;
    if (!article.title.empty()) {
        // The front matter gave the title: everything after it is body.
        const std::vector<text::Line> body_lines(lines.begin() + static_cast<std::ptrdiff_t>(first),
                                                 lines.end());
        return read_body(src, body_lines, std::move(article), options, diags, report_out,
                         std::move(report));
    }
    // A rule above the title ("***", "---") is decoration, not the title.
    while (first < lines.size() &&
           (lines[first].text.empty() || text::is_scene_break(lines[first].text)))
        ++first;
    if (first == lines.size()) {
        diags.warn({src.path, 0}, "empty article: no text found");
        article.title = "Untitled";
        if (report_out) *report_out = report;
        return article;
    }
    // Title: the first non-empty line; an underline below it goes with it.
    article.title = text::collapse_spaces({lines[first].text});
    if (std::string_view rest; text::atx_heading_level(article.title, rest) > 0)
        article.title = std::string(rest);
    report.title_line = lines[first].no;
    std::size_t body_start = first + 1;
    if (const std::size_t sub = text::find_subtitle(lines, first)) {
        article.title.pop_back(); // the ';' or ':' joining it to the subtitle
        article.subtitle = text::collapse_spaces({lines[sub].text});
        if (article.subtitle[0] >= 'a' && article.subtitle[0] <= 'z') article.subtitle[0] -= 32;
        report.subtitle_line = lines[sub].no;
        body_start = sub + 1;
    }
    // The metadata gave no title (front matter would have): a title in
    // capitals is the text's typography, not its words' case.
    if (std::string cased = article.title; text::title_case_capitals(cased)) {
        report.title_as_written = article.title;
        article.title = std::move(cased);
    }
    if (body_start < lines.size() && lines[body_start].text.size() >= 3 &&
        (lines[body_start].text.find_first_not_of('=') == std::string_view::npos ||
         lines[body_start].text.find_first_not_of('-') == std::string_view::npos))
        ++body_start;
    const std::vector<text::Line> body_lines(
        lines.begin() + static_cast<std::ptrdiff_t>(body_start), lines.end());
    lines.clear();
    return read_body(src, body_lines, std::move(article), options, diags, report_out,
                     std::move(report));
}

namespace {

Article read_body(const SourceText& src, const std::vector<text::Line>& body_lines, Article article,
                  const TextOptions& options, model::Diagnostics& diags, TextReport* report_out,
                  TextReport report) {
    std::vector<text::Line> lines = body_lines;
    std::vector<std::string> contents;
    if (auto list = text::take_contents_list(lines)) {
        diags.note({src.path, list->first_line},
                   "the text's own contents list (" + std::to_string(list->entries.size()) +
                       " entries, lines " + std::to_string(list->first_line) + "-" +
                       std::to_string(list->last_line) +
                       ") removed: the book's navigation replaces it");
        report.contents_entries = list->entries.size();
        contents = std::move(list->entries);
    }
    const text::StyleGuess style = text::guess_style(lines);
    report.paragraph_style = text::describe(style);
    text::Built built = text::build_blocks(lines, style, src.path);
    Body body{std::move(built.blocks), std::move(built.standalone)};

    strip_paragraphs(body, options, diags, report);
    take_byline(body, article, diags, report);
    take_credits(body, article, diags);
    report_leftovers(body, diags);
    decide_headings(body, contents, report);
    report.emphasis = text::apply_emphasis(body.blocks);
    text::link_notes(body.blocks, article.notes, src.path, diags);
    report.links = text::apply_autolinks(body.blocks);
    for (model::Note& n : article.notes)
        report.links += text::apply_autolinks(n.blocks);
    article.blocks = std::move(body.blocks);
    if (report_out) *report_out = std::move(report);
    return article;
}

} // namespace

} // namespace galley::read
