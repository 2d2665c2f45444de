// The title page document: the shared title page content
// (write/title_page.hpp) in a front-matter section.

#include "write/epub/xml_util.hpp"
#include "write/title_page.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

std::string title_page_document(const model::Book& book, const Document& title_page,
                                const Layout& layout) {
    const model::Metadata& m = book.meta;
    const std::string lang = m.lang.empty() ? std::string("en") : m.lang;
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    open_html(out, lang, m.title, title_page.path, layout);
    out.open("body");
    out.attribute("epub:type", "frontmatter");
    out.open("section");
    const Semantics sem = semantics_of(title_page.kind);
    out.attribute("epub:type", sem.epub_type);
    if (sem.role) out.attribute("role", sem.role);
    out.attribute("class", "titlepage");
    render_title_page(book, out);
    out.close(); // section
    out.close(); // body
    out.close(); // html
    return printed(p);
}

} // namespace galley::write::epub
