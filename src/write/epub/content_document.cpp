// One XHTML content document per article, and the semantics every document
// kind carries.

#include "util/language.hpp"
#include "write/epub/split.hpp"
#include "write/epub/xml_util.hpp"
#include "write/xhtml.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

Semantics semantics_of(Document::Kind kind) {
    switch (kind) {
    case Document::Kind::Cover:
        return {"cover", "doc-cover"};
    case Document::Kind::TitlePage:
        return {"titlepage", nullptr};
    case Document::Kind::Credits:
        return {"credits", "doc-credits"};
    case Document::Kind::Chapter:
        break;
    }
    return {"chapter", "doc-chapter"};
}

std::string content_document(const model::Book& book, const Document& chapter,
                             const Layout& layout, const std::map<std::string, std::string>& homes) {
    const model::Article& a = *chapter.article;
    const std::string& lang = model::article_lang(book, a);
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    open_html(out, lang, a.title, chapter.path, layout);
    out.open("body");
    out.attribute("epub:type", "bodymatter");
    RenderOptions options;
    options.lang = lang;
    options.image_src = [&](std::string_view href) {
        return image_src_from(layout, chapter.path, href);
    };
    const Semantics sem = semantics_of(chapter.kind);
    options.article_attributes = {{"epub:type", sem.epub_type}};
    options.epub_types = true;
    if (sem.role) options.article_attributes.emplace_back("role", sem.role);
    // An article in another language than the book's is where passages in
    // both directions meet: let each block find its own direction.
    options.auto_direction = !book.meta.lang.empty() && !util::same_language(lang, book.meta.lang);
    options.epub_semantics = true;
    options.lang = lang;
    if (layout.page_breaks.empty()) {
        LinkRewriter linked(out, homes, chapter.path.href_from(chapter.path));
        render_article_part(a, chapter.first_block, chapter.end_block, linked, options);
    } else {
        // With the print edition's page breaks articles are never split
        // (pipeline/outputs.cpp), so word positions count from the start.
        PageBreakSink marked(out, a.id, layout.breaks_in(a.id));
        render_article(a, marked, options);
        marked.finish();
    }
    out.close();
    out.close();
    return printed(p);
}

} // namespace galley::write::epub
