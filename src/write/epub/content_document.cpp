// One XHTML content document per article.

#include "write/epub/xml_util.hpp"
#include "write/xhtml.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

std::string content_document(const model::Book& book, const Document& chapter,
                             const Layout& layout) {
    const model::Article& a = *chapter.article;
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    open_html(out, model::article_lang(book, a), a.title, chapter.path, layout);
    out.open("body");
    out.attribute("epub:type", "bodymatter");
    RenderOptions options;
    options.image_src = [&](std::string_view href) {
        return image_src_from(layout, chapter.path, href);
    };
    render_article(a, out, options);
    out.close();
    out.close();
    return printed(p);
}

} // namespace galley::write::epub
