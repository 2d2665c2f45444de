#include "write/epub/xml_util.hpp"

#include "util/language.hpp"

namespace galley::write::epub {

void text_element(XhtmlSink& out, const char* name, std::string_view text) {
    out.open(name);
    out.text(text);
    out.close();
}

void open_html(XhtmlSink& out, const std::string& lang, std::string_view title,
               const PackagePath& self, const Layout& layout) {
    out.open("html");
    out.attribute("xmlns", "http://www.w3.org/1999/xhtml");
    out.attribute("xmlns:epub", "http://www.idpf.org/2007/ops");
    out.attribute("lang", lang);
    out.attribute("xml:lang", lang);
    // Explicit on every document, so a right-to-left book (or article) is
    // laid out right to left even where a reading system ignores the spine's
    // page-progression-direction.
    out.attribute("dir", util::text_direction(lang));
    out.open("head");
    out.open("meta");
    out.attribute("charset", "utf-8");
    out.close();
    text_element(out, "title", title);
    out.open("link");
    out.attribute("rel", "stylesheet");
    out.attribute("type", "text/css");
    out.attribute("href", layout.css.href_from(self));
    out.close();
    out.close(); // head
}

} // namespace galley::write::epub
