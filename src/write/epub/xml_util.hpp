#pragma once
// Internal to the EPUB writer: small helpers shared by the generators.

#include "write/epub/epub_parts.hpp"
#include "write/xhtml_sink.hpp"

#include <tinyxml2.h>

#include <string>
#include <string_view>

namespace galley::write::epub {

inline std::string printed(const tinyxml2::XMLPrinter& p) {
    return std::string(p.CStr(), p.CStrSize() - 1);
}

// <name>text</name>
void text_element(XhtmlSink& out, const char* name, std::string_view text);

// Opens <html> (namespaces, language, direction of `lang`) and writes <head> with the title and
// the stylesheet link; the caller continues with <body>.
void open_html(XhtmlSink& out, const std::string& lang, std::string_view title,
               const PackagePath& self, const Layout& layout);

} // namespace galley::write::epub
