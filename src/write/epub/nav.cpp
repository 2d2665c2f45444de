// Navigation: nav.xhtml (EPUB 3) and toc.ncx (for EPUB 2 reading systems).

#include "util/utf8.hpp"
#include "write/epub/xml_util.hpp"
#include "write/xhtml.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

std::string nav_document(const model::Book& book, const Layout& layout, int toc_depth) {
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    const std::string& lang = book.meta.lang.empty() ? std::string("en") : book.meta.lang;
    open_html(out, lang, "Contents", layout.nav, layout);
    out.open("body");

    out.open("nav");
    out.attribute("epub:type", "toc");
    out.attribute("role", "doc-toc");
    out.attribute("id", "toc");
    text_element(out, "h1", "Contents");
    out.open("ol");
    for (const Document& d : layout.documents) {
        if (!d.in_toc) continue;
        const std::string href = d.path.href_from(layout.nav);
        out.open("li");
        out.open("a");
        out.attribute("href", href);
        out.text(d.title);
        out.close();
        const auto headings =
            d.article ? toc_headings(*d.article, toc_depth) : std::vector<const model::Block*>{};
        if (!headings.empty()) {
            out.open("ol");
            for (const model::Block* h : headings) {
                out.open("li");
                out.open("a");
                out.attribute("href", href + "#" + h->id);
                // Plain text: a heading's links or images cannot nest in
                // the entry's own link (nor resolve from the nav document).
                out.text(model::plain_text(h->inlines));
                out.close();
                out.close();
            }
            out.close();
        }
        out.close();
    }
    out.close(); // ol
    out.close(); // nav

    // Landmarks: the contents itself, then every document that marks one.
    out.open("nav");
    out.attribute("epub:type", "landmarks");
    out.attribute("id", "landmarks");
    out.attribute("hidden", "hidden");
    text_element(out, "h2", "Landmarks");
    out.open("ol");
    auto landmark = [&](const char* type, const std::string& href, std::string_view label) {
        out.open("li");
        out.open("a");
        out.attribute("epub:type", type);
        out.attribute("href", href);
        out.text(label);
        out.close();
        out.close();
    };
    landmark("toc", "#toc", "Contents");
    for (const Document& d : layout.documents) {
        if (d.landmark.empty()) continue;
        landmark(d.landmark.c_str(), d.path.href_from(layout.nav),
                 d.landmark == "bodymatter" ? std::string_view("Start of content")
                                            : std::string_view(d.title));
    }
    out.close(); // ol
    out.close(); // nav
    out.close(); // body
    out.close(); // html
    return printed(p);
}

std::string ncx_document(const model::Book& book, const Layout& layout, int toc_depth) {
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("ncx");
    p.PushAttribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    p.PushAttribute("version", "2005-1");
    p.PushAttribute("xml:lang", book.meta.lang.empty() ? "en" : book.meta.lang.c_str());
    int depth = 1;
    for (const Document& d : layout.documents)
        if (d.article && !toc_headings(*d.article, toc_depth).empty()) depth = 2;
    p.OpenElement("head");
    auto meta = [&](const char* name, const std::string& content) {
        p.OpenElement("meta");
        p.PushAttribute("name", name);
        p.PushAttribute("content", content.c_str());
        p.CloseElement();
    };
    meta("dtb:uid", book.meta.identifier);
    meta("dtb:depth", std::to_string(depth));
    meta("dtb:totalPageCount", "0");
    meta("dtb:maxPageNumber", "0");
    p.CloseElement();
    p.OpenElement("docTitle");
    p.OpenElement("text");
    p.PushText(util::xml_safe(book.meta.title).c_str());
    p.CloseElement();
    p.CloseElement();
    p.OpenElement("navMap");
    int order = 0;
    auto nav_point = [&](const std::string& label, const std::string& src) {
        p.OpenElement("navPoint");
        ++order;
        p.PushAttribute("id", ("np-" + std::to_string(order)).c_str());
        p.PushAttribute("playOrder", order);
        p.OpenElement("navLabel");
        p.OpenElement("text");
        p.PushText(util::xml_safe(label).c_str());
        p.CloseElement();
        p.CloseElement();
        p.OpenElement("content");
        p.PushAttribute("src", src.c_str());
        p.CloseElement();
    };
    for (const Document& d : layout.documents) {
        if (!d.in_toc) continue;
        const std::string href = d.path.href_from(layout.ncx);
        nav_point(d.title, href);
        if (d.article) {
            for (const model::Block* h : toc_headings(*d.article, toc_depth)) {
                nav_point(model::plain_text(h->inlines), href + "#" + h->id);
                p.CloseElement();
            }
        }
        p.CloseElement();
    }
    p.CloseElement(); // navMap
    p.CloseElement(); // ncx
    return printed(p);
}

} // namespace galley::write::epub
