#include "write/print/print_writer.hpp"

#include "write/credits.hpp"

#include "util/language.hpp"
#include "util/text.hpp"
#include "write/page_marks.hpp"
#include "write/print/address_breaks_sink.hpp"
#include "write/print/hyphenation_sink.hpp"
#include "write/print/html5_sink.hpp"
#include "write/labels.hpp"
#include "write/print/paper_css.hpp"
#include "write/print/qr.hpp"
#include "write/styles.hpp"
#include "write/title_page.hpp"
#include "write/xhtml.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <memory>
#include <new>
#include <stdexcept>

namespace galley::write::print {

namespace {

// ---- Page geometry -------------------------------------------------------

// Size keyword and margins (top, inline, bottom). The inline margins give a
// measure of about 65 characters of 11pt Noto Serif on A4 and Letter; A5
// is narrower and takes what it has.
struct PageGeometry {
    const char* size;
    const char* margin;
};

PageGeometry geometry(PageSize size) {
    switch (size) {
    case PageSize::Letter:
        return {"letter", "22mm 45mm 24mm"};
    case PageSize::A5:
        return {"A5", "18mm 17mm 20mm"};
    case PageSize::HalfLetter:
        return {"5.5in 8.5in", "18mm 16mm 20mm"};
    case PageSize::A4:
        break;
    }
    return {"A4", "24mm 42mm 26mm"};
}

// The part of the stylesheet that depends on the book: page size and
// margins, and the book title as a literal running head. print.css follows
// with `content: string(book-title)`; a renderer without string() drops that
// declaration and keeps this literal.
std::string page_rules(PageSize size, std::string_view book_title, bool rtl) {
    const PageGeometry g = geometry(size);
    std::string css = "@page { size: ";
    css += g.size;
    css += "; margin: ";
    css += g.margin;
    css += "; }\n";
    css += rtl ? "@page rtl { @top-right" : "@page { @top-left";
    css += " { content: " + css_string(book_title) + "; } }\n";
    return css;
}

// The counter style of the page numbers in the book's language: the
// script's own digits for Persian and Urdu (U+06F0..) and Arabic (U+0660..),
// counter styles both WeasyPrint's and Chromium's user-agent sheets define;
// empty for decimal.
std::string_view page_digits(std::string_view lang) {
    const std::string primary = util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
    if (primary == "fa" || primary == "ur") return "persian";
    if (primary == "ar") return "arabic-indic";
    return {};
}

// The part of the stylesheet that follows print.css and depends on the
// book. The running heads' strings: the heading that opens an article, the
// credits or the contents sets them, and print.css shows them with
// `first-except`, so that opening page has no head and the pages after it
// do. Page numbers in the script's digits where the language has its own.
std::string book_rules(const model::Book& book, std::string_view lang) {
    const std::string head = css_string(book.meta.title);
    std::string css = ".article-header h1, .credits > h1 { string-set: article-title content(), "
                      "book-head " + head + "; }\n"
                      ".contents > h2 { string-set: book-head " + head + "; }\n";
    // An article titled as the book (a one-article book, a novel) is not
    // named twice at the head of its pages: the book's title is enough.
    const std::string book_key = util::to_lower_ascii(util::trim(book.meta.title));
    for (const model::Article& a : book.articles)
        if (!a.id.empty() && !book_key.empty() && util::to_lower_ascii(util::trim(a.title)) == book_key)
            css += "#" + a.id + " .article-header h1 { string-set: article-title \"\", book-head " +
                   head + "; }\n";
    const std::string_view digits = page_digits(lang);
    if (!digits.empty()) {
        const std::string d(digits);
        css += "@page { @bottom-right { content: counter(page, " + d + ") \" / \" counter(pages, " +
               d + "); } }\n";
        css += "@page rtl { @bottom-right { content: none; } @bottom-left { content: counter(page, " +
               d + ") \"/\" counter(pages, " + d + "); } }\n";
        css += ".contents a::after { content: leader(\".\") target-counter(attr(href), page, " + d +
               "); }\n";
    }
    return css;
}

// ---- Images --------------------------------------------------------------

std::string base64(std::string_view bytes) {
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 |
                           static_cast<unsigned char>(bytes[i + 1]) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += table[v >> 18 & 63];
        out += table[v >> 12 & 63];
        out += table[v >> 6 & 63];
        out += table[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += table[v >> 18 & 63];
        out += table[v >> 12 & 63];
        out += i + 1 < bytes.size() ? table[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

// Every image becomes a data: URI of its embedded asset, so the document
// stands alone and printing it fetches nothing. An href with no asset
// (which the asset transform rules out) becomes a blank 1x1 GIF rather
// than a request for a file that is not there (or an empty data: URI, which
// renderers report as a broken image).
constexpr std::string_view blank_image =
    "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

RenderOptions render_options(const model::Book& book) {
    auto assets = std::make_shared<std::map<std::string, const model::Asset*, std::less<>>>();
    for (const model::Asset& a : book.assets)
        assets->emplace(a.href, &a);
    RenderOptions options;
    options.image_src = [assets](std::string_view href) -> std::string {
        const auto it = assets->find(href);
        if (it == assets->end()) return std::string(blank_image);
        return "data:" + it->second->media_type + ";base64," + base64(it->second->data);
    };
    return options;
}

// ---- Document parts ------------------------------------------------------

// The book's language as article_lang falls back to it ("en" when unset).
std::string book_lang(const model::Book& book) {
    return book.meta.lang.empty() ? std::string("en") : book.meta.lang;
}

std::string primary_subtag(std::string_view lang) {
    return util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
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

void meta(MarkupSink& out, const char* name, std::string_view content) {
    if (content.empty()) return;
    out.open("meta");
    out.attribute("name", name);
    out.attribute("content", content);
    out.close();
}

void head(const model::Book& book, std::string_view title, const PrintOptions& options,
          const std::string& lang, bool rtl, MarkupSink& out) {
    out.open("head");
    out.open("meta");
    out.attribute("charset", "utf-8");
    out.close();
    element(out, "title", nullptr, title);
    // WeasyPrint copies these into the PDF's document information.
    meta(out, "author", names(book.meta.authors));
    meta(out, "description", book.meta.description);
    std::string keywords;
    for (const std::string& s : book.meta.subjects)
        keywords += (keywords.empty() ? "" : ", ") + s;
    meta(out, "keywords", keywords);
    meta(out, "generator", "galley");
    out.open("style");
    out.text(page_rules(options.page_size, book.meta.title, rtl));
    out.text(styles::print_css());
    out.text(styles::tables_css());
    out.text(book_rules(book, lang));
    out.text(paper_css(options, geometry(options.page_size).margin));
    out.close();
    out.close();
}

void title_page(const model::Book& book, MarkupSink& out) {
    out.open("header");
    out.attribute("class", "title-page");
    render_title_page(book, out);
    out.close();
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

// ---- Credits -------------------------------------------------------------
// The credits section closes the document, rendered by the renderer the EPUB
// Credits page uses. In a handout `book` holds only the handout's article
// (and the book-level credits of images it shows), so the credits printed
// are the ones that belong to it.
void credits_section(const model::Book& book, MarkupSink& out, const RenderOptions& ro) {
    render_credits(book, out, ro);
}

// The book reduced to one article, for a handout.
model::Book handout_book(const model::Book& book, std::size_t index) {
    model::Book one;
    one.meta = book.meta;
    one.articles.push_back(book.articles.at(index));
    one.modified_epoch = book.modified_epoch;
    one.assets = book.assets; // images are inlined from here
    // Book-level credits (book.yaml `credits:`) of images this article shows.
    std::set<std::string> shown;
    for (const model::Inline* in : model::images_in(one.articles.front()))
        shown.insert(in->url);
    for (const model::Credit& c : book.credits)
        if (shown.count(c.subject)) one.credits.push_back(c);
    return one;
}

} // namespace

std::optional<PageSize> parse_page_size(std::string_view name) {
    const std::string n = util::to_lower_ascii(util::trim(name));
    if (n == "a4") return PageSize::A4;
    if (n == "letter") return PageSize::Letter;
    if (n == "a5") return PageSize::A5;
    return std::nullopt;
}

void write_print_html(const model::Book& full_book, std::string& text,
                      const PrintOptions& options) {
    const bool handout = options.handout.has_value();
    const model::Book reduced = handout ? handout_book(full_book, *options.handout) : model::Book{};
    const model::Book& book = handout ? reduced : full_book;
    RenderOptions ro = render_options(full_book);
    if (options.qr != QrCodes::None) ro.block_start = render_block_qr_codes;

    const std::string lang =
        handout ? model::article_lang(book, book.articles.front()) : book_lang(book);
    const bool rtl = util::is_rtl_language(lang);
    const std::string& title = handout ? book.articles.front().title : book.meta.title;

    // Reserved up front from the model's size, generously: the string then
    // never regrows (each regrowth copies all that was written and briefly
    // holds it twice), and capacity never written is never touched.
    std::size_t estimate = std::size_t{1} << 16;
    for (const model::Article& a : book.articles) {
        const model::ContentSize size = model::content_size(a.blocks);
        estimate += 2 * size.bytes + 128 * size.nodes + 4096;
    }
    try {
        text.reserve(text.size() + estimate);
    } catch (const std::bad_alloc&) {
        // No address space for it (overcommit off): grow as written.
    }
    Html5Sink html(text);
    html.doctype();
    // Addresses break after "/", "." or "-" only (address_breaks_sink.hpp);
    // capitalised words are kept whole, and hyphenation is measured or
    // limited (hyphenation_sink.hpp); the page-list's
    // word numbering sits above both, so it counts the words as the EPUB does.
    AddressBreaksSink breaks(html);
    HyphenationSink guarded(breaks, options.hyphenation);
    WordIdSink marked(guarded);
    MarkupSink& out = options.mark_words ? static_cast<MarkupSink&>(marked) : guarded;
    // The printed HTML goes straight to `html`; only the page-list's layout
    // numbers its words.
    const auto region = [&](std::string name) {
        if (options.mark_words) marked.region(std::move(name));
    };
    out.open("html");
    out.attribute("lang", lang);
    out.attribute("dir", rtl ? "rtl" : "ltr");
    if (options.run_on) out.attribute("class", "run-on");
    head(book, title, options, lang, rtl, out);
    out.open("body");
    if (!handout) {
        title_page(book, out);
        contents(book, options.toc_depth, out);
    }
    for (const model::Article& a : book.articles) {
        region(a.id);
        chapter(book, a, handout, options.qr, out, ro);
    }
    region("credits");
    credits_section(book, out, ro);
    region("");
    out.close();
    out.close();
}

} // namespace galley::write::print
