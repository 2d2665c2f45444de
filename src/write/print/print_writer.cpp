// The print HTML: one self-contained HTML5 document (head and stylesheet,
// images inlined, then the parts in sections.cpp), written through the
// print sinks.
#include "write/print/print_writer.hpp"

#include "util/language.hpp"
#include "util/text.hpp"
#include "write/credits.hpp"
#include "write/page_marks.hpp"
#include "write/print/address_breaks_sink.hpp"
#include "write/print/book_css.hpp"
#include "write/print/html5_sink.hpp"
#include "write/print/hyphenation_sink.hpp"
#include "write/print/paper_css.hpp"
#include "write/print/qr.hpp"
#include "write/print/sections.hpp"
#include "write/styles.hpp"
#include "write/xhtml.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <memory>
#include <new>
#include <stdexcept>

namespace galley::write::print {

namespace {

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
    out.text(paper_css(options, page_margin(options.page_size)));
    out.close();
    out.close();
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
    render_credits(book, out, ro); // as the EPUB's Credits page
    region("");
    out.close();
    out.close();
}

} // namespace galley::write::print
