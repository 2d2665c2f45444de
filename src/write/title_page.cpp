#include "write/title_page.hpp"

#include "write/article_header.hpp"
#include "write/labels.hpp"

namespace galley::write {

namespace {

void paragraph(MarkupSink& out, const std::string& cls, const std::string& text) {
    if (text.empty()) return;
    out.open("p");
    out.attribute("class", cls);
    out.text(text);
    out.close();
}

} // namespace

void render_title_page(const model::Book& book, MarkupSink& out) {
    const model::Metadata& m = book.meta;
    const std::string lang = m.lang.empty() ? std::string("en") : m.lang;
    out.open("h1");
    out.attribute("class", "title book-title");
    out.text(m.title);
    out.close();
    paragraph(out, "subtitle", m.subtitle);
    std::vector<model::Person> people = m.authors;
    people.insert(people.end(), m.contributors.begin(), m.contributors.end());
    for (const auto& [cls, line] : people_lines(people, lang, false))
        paragraph(out, cls, line);
    paragraph(out, "publisher", m.publisher);
    paragraph(out, "date", format_date(m.date, lang));
    paragraph(out, "rights", m.rights);
}

} // namespace galley::write
