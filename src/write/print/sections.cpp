// The parts of the print document: title page, contents, each article.
#include "write/print/sections.hpp"

#include "util/text.hpp"
#include "write/credits.hpp"
#include "write/labels.hpp"
#include "write/print/qr.hpp"
#include "write/title_page.hpp"

#include <algorithm>

namespace galley::write::print {

// The book's language as article_lang falls back to it ("en" when unset).
std::string book_lang(const model::Book& book) {
    return book.meta.lang.empty() ? std::string("en") : book.meta.lang;
}

std::string names(const std::vector<model::Person>& people) {
    std::string out;
    for (const model::Person& p : people) {
        if (p.name.empty()) continue;
        if (!out.empty()) out += ", ";
        out += p.name;
    }
    return out;
}

void element(MarkupSink& out, const char* name, const char* cls, std::string_view text) {
    if (text.empty()) return;
    out.open(name);
    if (cls) out.attribute("class", cls);
    out.text(text);
    out.close();
}

namespace {

std::string primary_subtag(std::string_view lang) {
    return util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
}

void contents_entry(MarkupSink& out, const std::string& id, std::string_view text) {
    out.open("a", true);
    out.attribute("href", "#" + id);
    out.text(text);
    out.close();
}

// An article's headings to `toc_depth` (its title is level 1), nested by
// level as the EPUB's navigation nests them: a heading's depth is one more
// than the number of shallower headings still open above it. Headings
// without text or id are left out; their subsections attach to the nearest
// listed ancestor.
void contents_sections(const model::Article& a, int toc_depth, MarkupSink& out) {
    struct Entry {
        int depth;
        std::string label;
        const std::string* id;
    };
    std::vector<Entry> entries;
    std::vector<int> open_levels;
    for (const model::Block& b : a.blocks) {
        const int level = std::clamp(b.level, 2, 6);
        if (b.kind != model::Block::Kind::Heading || level > toc_depth || b.id.empty()) continue;
        // Every heading closes the sections it ends, listed or not.
        while (!open_levels.empty() && open_levels.back() >= level)
            open_levels.pop_back();
        std::string label(util::trim(model::plain_text(b.inlines)));
        if (label.empty()) continue;
        open_levels.push_back(level);
        entries.push_back({static_cast<int>(open_levels.size()), std::move(label), &b.id});
    }
    // Depth grows by one at most from an entry to the next: one <ol> per
    // level, each entry an <li> closed when the next entry or the end comes.
    int depth = 0;
    for (const Entry& e : entries) {
        if (e.depth > depth) {
            out.open("ol");
            depth = e.depth;
        } else {
            out.close(); // li
            for (; depth > e.depth; --depth) {
                out.close(); // ol
                out.close(); // li
            }
        }
        out.open("li");
        out.attribute("class", "section");
        contents_entry(out, *e.id, e.label);
    }
    for (; depth > 0; --depth) {
        out.close(); // li
        out.close(); // ol
    }
}

// A handout's title block: the book it comes from, and the book's authors
// when the article names none (the article's own header follows, with its
// byline, date and origin).
void title_block(const model::Book& book, const model::Article& a, MarkupSink& out) {
    out.open("header");
    out.attribute("class", "title-block");
    if (!book.meta.title.empty()) {
        out.open("p");
        out.attribute("class", "source");
        out.open("span", true);
        out.attribute("class", "book-title");
        out.text(book.meta.title);
        out.close();
        out.close();
    }
    if (a.authors.empty()) element(out, "p", "authors", names(book.meta.authors));
    out.close();
}

} // namespace

void title_page(const model::Book& book, MarkupSink& out) {
    out.open("header");
    out.attribute("class", "title-page");
    render_title_page(book, out);
    out.close();
}

// The contents list: each entry links to its article, and under it its
// sections to `toc_depth`; print.css adds the dot leader and the page
// number (target-counter).
void contents(const model::Book& book, int toc_depth, MarkupSink& out) {
    out.open("nav");
    out.attribute("class", "contents");
    out.attribute("id", "contents");
    element(out, "h2", nullptr, label(Label::Contents, book_lang(book)));
    out.open("ol");
    for (const model::Article& a : book.articles) {
        out.open("li");
        contents_entry(out, a.id, a.title);
        contents_sections(a, toc_depth, out);
        out.close();
    }
    // The credits section closes the book; it is listed like an article.
    if (has_credits(book)) {
        out.open("li");
        contents_entry(out, "credits", label(Label::Credits, book_lang(book)));
        out.close();
    }
    out.close();
    out.close();
}

void chapter(const model::Book& book, const model::Article& a, bool handout, QrCodes qr,
             MarkupSink& out, const RenderOptions& ro) {
    out.open("article");
    out.attribute("class", handout ? "chapter handout" : "chapter");
    // An article in another language than the book's gets its own lang (for
    // hyphenation and fonts) and, when it is another language rather than
    // another variant ("fa" in an "fa-IR" book), lets its text pick its
    // direction.
    if (!handout && !a.lang.empty() &&
        util::to_lower_ascii(a.lang) != util::to_lower_ascii(book_lang(book))) {
        out.attribute("lang", a.lang);
        if (primary_subtag(a.lang) != primary_subtag(book_lang(book))) out.attribute("dir", "auto");
    }
    if (handout) title_block(book, a, out);
    if (qr == QrCodes::All && !a.url.empty()) {
        // The article's source, beside its title.
        const model::Block source = model::make_paragraph({model::Inline::make_link(a.url, {})});
        out.open("div");
        out.attribute("class", "qr-source");
        render_block_qr_codes(source, out);
        out.close();
    }
    RenderOptions options = ro;
    options.footnotes = true;
    options.lang = model::article_lang(book, a);
    render_article(a, out, options);
    out.close();
}

} // namespace galley::write::print
