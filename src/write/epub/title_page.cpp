// The title page: the book's title, subtitle, authors, publisher, date and
// rights, each in its own element so a stylesheet can place it.

#include "write/epub/xml_util.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

namespace {

void paragraph(XhtmlSink& out, const char* cls, const std::string& text) {
    if (text.empty()) return;
    out.open("p");
    out.attribute("class", cls);
    out.text(text);
    out.close();
}

} // namespace

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
    out.open("h1");
    out.attribute("class", "title");
    out.text(m.title);
    out.close();
    paragraph(out, "subtitle", m.subtitle);
    // Authors first, then other contributors (editors, translators...), each
    // on a line of their own, in the order the metadata gives them.
    for (const bool authors : {true, false}) {
        for (const model::Person& person : m.authors) {
            const bool is_author = person.role.empty() || person.role == "aut";
            if (is_author == authors)
                paragraph(out, authors ? "author" : "contributor", person.name);
        }
    }
    paragraph(out, "publisher", m.publisher);
    paragraph(out, "date", m.date);
    paragraph(out, "rights", m.rights);
    out.close(); // section
    out.close(); // body
    out.close(); // html
    return printed(p);
}

} // namespace galley::write::epub
