// The Credits page: back matter listing every credit (write/credits.hpp).

#include "write/credits.hpp"
#include "write/epub/xml_util.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

std::string credits_document(const model::Book& book, const Document& credits,
                             const Layout& layout) {
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    const std::string& lang = book.meta.lang.empty() ? std::string("en") : book.meta.lang;
    open_html(out, lang, credits.title, credits.path, layout);
    out.open("body");
    out.attribute("epub:type", "backmatter");
    RenderOptions options;
    options.image_src = [&](std::string_view href) {
        return image_src_from(layout, credits.path, href);
    };
    if (layout.page_breaks.empty()) {
        render_credits(book, out, options);
    } else {
        PageBreakSink marked(out, "credits", layout.breaks_in("credits"));
        render_credits(book, marked, options);
        marked.finish();
    }
    out.close(); // body
    out.close(); // html
    return printed(p);
}

} // namespace galley::write::epub
