// Navigation: nav.xhtml (EPUB 3) and toc.ncx (for EPUB 2 reading systems).
// Both list the same contents, built once as a flat list of entries with
// their nesting depth and then printed as nested lists without recursion.

#include "util/language.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "write/epub/xml_util.hpp"
#include "write/labels.hpp"

#include <algorithm>

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

namespace {

struct TocEntry {
    int depth = 0; // 0: a document; 1: its top sections; 2: their subsections...
    std::string label;
    std::string href; // relative to the navigation file
    std::string lang; // set when it differs from the book's
};

const std::string& book_lang(const model::Book& book) {
    static const std::string fallback = "en";
    return book.meta.lang.empty() ? fallback : book.meta.lang;
}

// The contents: every listed document, then (to toc_depth) the headings of
// its article, nested by level. A heading's depth is one more than the
// number of shallower headings still open above it, so depth grows by at
// most one from an entry to the next and a skipped level (h2 then h4) nests
// the h4 directly under the h2. Headings without text are left out (a link
// needs a label); their subsections attach to the nearest listed ancestor.
std::vector<TocEntry> toc_entries(const model::Book& book, const Layout& layout,
                                  const PackagePath& from, int toc_depth) {
    std::vector<TocEntry> out;
    std::vector<int> open_levels; // carried on through the parts of a split article
    for (const Document& d : layout.documents) {
        const bool later_part = d.article && d.part > 0;
        if (!d.in_toc && !later_part) continue;
        const std::string href = d.path.href_from(from);
        std::string lang;
        if (d.article &&
            !util::same_language(model::article_lang(book, *d.article), book_lang(book)))
            lang = model::article_lang(book, *d.article);
        if (!later_part) {
            const std::string title(util::trim(d.title));
            out.push_back({0, title.empty() ? std::string("Untitled") : title, href, lang});
            open_levels.clear();
        }
        if (!d.article) continue;
        for (const model::Block* h :
             toc_headings(*d.article, toc_depth, d.first_block, d.end_block)) {
            const std::string label(util::trim(model::plain_text(h->inlines)));
            const int level = std::clamp(h->level, 2, 6);
            // Every heading closes the sections it ends, listed or not.
            while (!open_levels.empty() && open_levels.back() >= level)
                open_levels.pop_back();
            if (label.empty()) continue;
            open_levels.push_back(level);
            out.push_back({static_cast<int>(open_levels.size()), label, href + "#" + h->id, lang});
        }
    }
    return out;
}

// A label for each landmark type we know, in the book's language; others
// take the document's title.
std::string_view landmark_label(const Document& d, const std::string& lang) {
    if (d.landmark == "cover") return label(Label::Cover, lang);
    if (d.landmark == "titlepage") return label(Label::TitlePage, lang);
    if (d.landmark == "bodymatter") return label(Label::StartOfContent, lang);
    if (d.landmark == "credits") return label(Label::Credits, lang);
    return d.title;
}

// The navigation's own labels are in the book's language where the label
// table has it; otherwise they are English and say so, so a screen reader
// voices them right.
void label_element(XhtmlSink& out, const char* name, std::string_view text,
                   const std::string& lang) {
    out.open(name);
    if (!has_translations(lang)) {
        out.attribute("lang", "en");
        out.attribute("xml:lang", "en");
    }
    out.text(text);
    out.close();
}

} // namespace

std::string nav_document(const model::Book& book, const Layout& layout, int toc_depth) {
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    const std::string contents(label(Label::Contents, book_lang(book)));
    open_html(out, book_lang(book), contents, layout.nav, layout);
    out.open("body");

    out.open("nav");
    out.attribute("epub:type", "toc");
    out.attribute("role", "doc-toc");
    out.attribute("id", "toc");
    label_element(out, "h1", contents, book_lang(book));
    out.open("ol");
    int current = -1; // depth of the open <li>, -1 before the first
    for (const TocEntry& e : toc_entries(book, layout, layout.nav, toc_depth)) {
        if (e.depth > current) {
            if (current >= 0) out.open("ol"); // first child of the open entry
        } else {
            out.close(); // li
            for (; current > e.depth; --current) {
                out.close(); // ol
                out.close(); // li
            }
        }
        current = e.depth;
        out.open("li");
        if (!e.lang.empty()) {
            out.attribute("lang", e.lang);
            out.attribute("xml:lang", e.lang);
        }
        out.open("a");
        out.attribute("href", e.href);
        // A title in another language takes its direction from its own
        // characters, while the entry stays aligned with the others.
        if (!e.lang.empty()) out.attribute("dir", "auto");
        out.text(e.label);
        out.close();
    }
    if (current >= 0) out.close(); // li
    for (; current > 0; --current) {
        out.close(); // ol
        out.close(); // li
    }
    out.close(); // ol
    out.close(); // nav

    // Landmarks: the contents itself, then every document that marks one
    // (cover, title page, start of the body matter, credits...).
    out.open("nav");
    out.attribute("epub:type", "landmarks");
    out.attribute("id", "landmarks");
    out.attribute("hidden", "hidden");
    label_element(out, "h2", label(Label::Landmarks, book_lang(book)), book_lang(book));
    out.open("ol");
    auto landmark = [&](const char* type, const std::string& href, std::string_view text) {
        out.open("li");
        out.open("a");
        out.attribute("epub:type", type);
        out.attribute("href", href);
        out.text(text);
        out.close();
        out.close();
    };
    landmark("toc", "#toc", contents);
    for (const Document& d : layout.documents) {
        if (d.landmark.empty()) continue;
        landmark(d.landmark.c_str(), d.path.href_from(layout.nav), landmark_label(d, book_lang(book)));
    }
    out.close(); // ol
    out.close(); // nav
    page_list_nav(layout, out);
    out.close(); // body
    out.close(); // html
    return printed(p);
}

std::string ncx_document(const model::Book& book, const Layout& layout, int toc_depth) {
    const std::vector<TocEntry> entries = toc_entries(book, layout, layout.ncx, toc_depth);
    int max_depth = 0;
    for (const TocEntry& e : entries)
        max_depth = std::max(max_depth, e.depth);

    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("ncx");
    p.PushAttribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    p.PushAttribute("version", "2005-1");
    p.PushAttribute("xml:lang", book_lang(book).c_str());
    p.OpenElement("head");
    auto meta = [&](const char* name, const std::string& content) {
        p.OpenElement("meta");
        p.PushAttribute("name", name);
        p.PushAttribute("content", util::xml_safe(content).c_str());
        p.CloseElement();
    };
    meta("dtb:uid", book.meta.identifier);
    meta("dtb:depth", std::to_string(max_depth + 1));
    meta("dtb:totalPageCount", std::to_string(layout.page_breaks.size()));
    meta("dtb:maxPageNumber", max_page_number(layout));
    p.CloseElement();
    p.OpenElement("docTitle");
    p.OpenElement("text");
    p.PushText(util::xml_safe(book.meta.title).c_str());
    p.CloseElement();
    p.CloseElement();
    p.OpenElement("navMap");
    int order = 0;
    int current = -1; // depth of the open navPoint
    for (const TocEntry& e : entries) {
        // navPoints nest directly: a deeper entry opens inside the open one.
        if (e.depth <= current) {
            for (; current >= e.depth; --current)
                p.CloseElement(); // navPoint
        }
        current = e.depth;
        p.OpenElement("navPoint");
        ++order;
        p.PushAttribute("id", ("np-" + std::to_string(order)).c_str());
        p.PushAttribute("playOrder", order);
        p.OpenElement("navLabel");
        p.OpenElement("text");
        p.PushText(util::xml_safe(e.label).c_str());
        p.CloseElement();
        p.CloseElement();
        p.OpenElement("content");
        p.PushAttribute("src", e.href.c_str());
        p.CloseElement();
    }
    for (; current >= 0; --current)
        p.CloseElement(); // navPoint
    p.CloseElement();     // navMap
    page_list_ncx(layout, p, order);
    p.CloseElement();     // ncx
    return printed(p);
}

} // namespace galley::write::epub
