#pragma once
// Helpers for the Markdown reader tests: read a string, render the article
// and parse the XHTML back.

#include "read/markdown/markdown_reader.hpp"
#include "write/xhtml.hpp"
#include "write/xhtml_sink.hpp"
#include "xml_helpers.hpp"

#include <string>
#include <tinyxml2.h>

namespace test {

inline galley::model::Article read_md(std::string text, galley::model::Diagnostics& d) {
    galley::read::SourceText src{"a.md", std::move(text), "UTF-8"};
    return galley::read::read_markdown(src, d);
}

// The article rendered as the EPUB writer renders it, parsed (the test fails
// when it is not well-formed XML). Returns the <section>.
inline const tinyxml2::XMLElement* render_md(tinyxml2::XMLDocument& doc,
                                             const galley::model::Article& a) {
    tinyxml2::XMLPrinter p;
    galley::write::XhtmlSink sink(p);
    galley::write::render_article(a, sink);
    parse(doc, p.CStr());
    return doc.FirstChildElement("section");
}

// True when some diagnostic's formatted text contains `needle`.
inline bool reported(const galley::model::Diagnostics& d, const std::string& needle) {
    for (const auto& x : d.all())
        if (x.format().find(needle) != std::string::npos) return true;
    return false;
}

} // namespace test
