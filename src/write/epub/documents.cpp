// The XML files of the package: container, content documents, navigation
// (nav.xhtml and toc.ncx) and the package document. All printed through
// tinyxml2's XMLPrinter.

#include "write/epub/epub_parts.hpp"
#include "write/xhtml.hpp"
#include "util/utf8.hpp"
#include "write/xhtml_sink.hpp"

#include <tinyxml2.h>

#include <regex>

namespace galley::write::epub {

namespace {

using tinyxml2::XMLPrinter;

std::string result(const XMLPrinter& p) { return std::string(p.CStr(), p.CStrSize() - 1); }

void element(XhtmlSink& out, const char* name, std::string_view text) {
    out.open(name);
    out.text(text);
    out.close();
}

// <html> with namespaces and language, <head> with title and stylesheet.
void open_html(XhtmlSink& out, const std::string& lang, std::string_view title, const PackagePath& self,
               const Layout& layout) {
    out.open("html");
    out.attribute("xmlns", "http://www.w3.org/1999/xhtml");
    out.attribute("xmlns:epub", "http://www.idpf.org/2007/ops");
    out.attribute("lang", lang);
    out.attribute("xml:lang", lang);
    out.open("head");
    out.open("meta");
    out.attribute("charset", "utf-8");
    out.close();
    element(out, "title", title);
    out.open("link");
    out.attribute("rel", "stylesheet");
    out.attribute("type", "text/css");
    out.attribute("href", layout.css.href_from(self));
    out.close();
    out.close(); // head
}

bool is_w3c_date(const std::string& s) {
    static const std::regex pattern(R"(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?)");
    return std::regex_match(s, pattern);
}

} // namespace

std::string container_xml(const Layout& layout) {
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("container");
    p.PushAttribute("version", "1.0");
    p.PushAttribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
    p.OpenElement("rootfiles");
    p.OpenElement("rootfile");
    p.PushAttribute("full-path", layout.opf.str().c_str());
    p.PushAttribute("media-type", "application/oebps-package+xml");
    p.CloseElement();
    p.CloseElement();
    p.CloseElement();
    return result(p);
}

std::string content_document(const model::Book& book, const Chapter& chapter, const Layout& layout) {
    const model::Article& a = *chapter.article;
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    open_html(out, model::article_lang(book, a), a.title, chapter.path, layout);
    out.open("body");
    out.attribute("epub:type", "bodymatter");
    render_article(a, out);
    out.close();
    out.close();
    return result(p);
}

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
    element(out, "h1", "Contents");
    out.open("ol");
    for (const Chapter& ch : layout.chapters) {
        const std::string href = ch.path.href_from(layout.nav);
        out.open("li");
        out.open("a");
        out.attribute("href", href);
        out.text(ch.article->title);
        out.close();
        const auto headings = toc_headings(*ch.article, toc_depth);
        if (!headings.empty()) {
            out.open("ol");
            for (const model::Block* h : headings) {
                out.open("li");
                out.open("a");
                out.attribute("href", href + "#" + h->id);
                render_inlines(h->inlines, out);
                out.close();
                out.close();
            }
            out.close();
        }
        out.close();
    }
    out.close(); // ol
    out.close(); // nav

    if (!layout.chapters.empty()) {
        out.open("nav");
        out.attribute("epub:type", "landmarks");
        out.attribute("id", "landmarks");
        out.attribute("hidden", "hidden");
        element(out, "h2", "Landmarks");
        out.open("ol");
        out.open("li");
        out.open("a");
        out.attribute("epub:type", "toc");
        out.attribute("href", "#toc");
        out.text("Contents");
        out.close();
        out.close();
        out.open("li");
        out.open("a");
        out.attribute("epub:type", "bodymatter");
        out.attribute("href", layout.chapters.front().path.href_from(layout.nav));
        out.text("Start of content");
        out.close();
        out.close();
        out.close(); // ol
        out.close(); // nav
    }
    out.close(); // body
    out.close(); // html
    return result(p);
}

std::string ncx_document(const model::Book& book, const Layout& layout, int toc_depth) {
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("ncx");
    p.PushAttribute("xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    p.PushAttribute("version", "2005-1");
    p.PushAttribute("xml:lang", book.meta.lang.empty() ? "en" : book.meta.lang.c_str());
    int depth = 1;
    for (const Chapter& ch : layout.chapters)
        if (!toc_headings(*ch.article, toc_depth).empty()) depth = 2;
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
    for (const Chapter& ch : layout.chapters) {
        const std::string href = ch.path.href_from(layout.ncx);
        nav_point(ch.article->title, href);
        for (const model::Block* h : toc_headings(*ch.article, toc_depth)) {
            nav_point(model::plain_text(h->inlines), href + "#" + h->id);
            p.CloseElement();
        }
        p.CloseElement();
    }
    p.CloseElement(); // navMap
    p.CloseElement(); // ncx
    return result(p);
}

std::string package_document(const model::Book& book, const Layout& layout) {
    const model::Metadata& m = book.meta;
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("package");
    p.PushAttribute("xmlns", "http://www.idpf.org/2007/opf");
    p.PushAttribute("version", "3.0");
    p.PushAttribute("unique-identifier", "pub-id");
    p.PushAttribute("xml:lang", m.lang.c_str());

    p.OpenElement("metadata");
    p.PushAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    auto dc = [&](const char* name, const std::string& text, const char* id = nullptr) {
        if (text.empty()) return;
        p.OpenElement(name);
        if (id) p.PushAttribute("id", id);
        p.PushText(util::xml_safe(text).c_str());
        p.CloseElement();
    };
    auto meta = [&](const char* property, const std::string& text, const char* refines = nullptr,
                    const char* scheme = nullptr) {
        p.OpenElement("meta");
        if (refines) p.PushAttribute("refines", refines);
        p.PushAttribute("property", property);
        if (scheme) p.PushAttribute("scheme", scheme);
        p.PushText(util::xml_safe(text).c_str());
        p.CloseElement();
    };
    dc("dc:identifier", m.identifier, "pub-id");
    dc("dc:title", m.title, "title");
    meta("title-type", "main", "#title");
    if (!m.subtitle.empty()) {
        dc("dc:title", m.subtitle, "subtitle");
        meta("title-type", "subtitle", "#subtitle");
    }
    dc("dc:language", m.lang);
    int n = 0;
    for (const model::Person& person : m.authors) {
        const std::string id = "creator" + std::to_string(++n);
        const bool contributor = !person.role.empty() && person.role != "aut";
        dc(contributor ? "dc:contributor" : "dc:creator", person.name, id.c_str());
        const std::string ref = "#" + id;
        meta("role", person.role.empty() ? "aut" : person.role, ref.c_str(), "marc:relators");
        if (!person.file_as.empty()) meta("file-as", person.file_as, ref.c_str());
    }
    if (is_w3c_date(m.date)) dc("dc:date", m.date);
    dc("dc:publisher", m.publisher);
    dc("dc:rights", m.rights);
    dc("dc:description", m.description);
    for (const std::string& s : m.subjects) dc("dc:subject", s);
    meta("dcterms:modified", iso_timestamp(book.modified_epoch));
    p.CloseElement(); // metadata

    p.OpenElement("manifest");
    auto item = [&](const char* id, const PackagePath& path, const char* type, const char* properties) {
        p.OpenElement("item");
        p.PushAttribute("id", id);
        p.PushAttribute("href", path.href_from(layout.opf).c_str());
        p.PushAttribute("media-type", type);
        if (properties) p.PushAttribute("properties", properties);
        p.CloseElement();
    };
    item("nav", layout.nav, "application/xhtml+xml", "nav");
    item("ncx", layout.ncx, "application/x-dtbncx+xml", nullptr);
    item("css", layout.css, "text/css", nullptr);
    for (const Chapter& ch : layout.chapters) item(ch.manifest_id.c_str(), ch.path, "application/xhtml+xml", nullptr);
    p.CloseElement();

    p.OpenElement("spine");
    p.PushAttribute("toc", "ncx");
    for (const Chapter& ch : layout.chapters) {
        p.OpenElement("itemref");
        p.PushAttribute("idref", ch.manifest_id.c_str());
        p.CloseElement();
    }
    // The contents page is reachable (landmarks link to it) but not part of
    // the reading order.
    p.OpenElement("itemref");
    p.PushAttribute("idref", "nav");
    p.PushAttribute("linear", "no");
    p.CloseElement();
    p.CloseElement();
    p.CloseElement(); // package
    return result(p);
}

} // namespace galley::write::epub
