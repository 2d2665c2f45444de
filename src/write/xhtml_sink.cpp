#include "write/xhtml_sink.hpp"

#include "util/utf8.hpp"

#include <tinyxml2.h>

namespace galley::write {

void XhtmlSink::open(const char* name, bool inline_level) {
    // Once inside running text, everything below stays compact too.
    const bool compact = inline_level || (!compact_.empty() && compact_.back());
    printer_.OpenElement(name, compact);
    compact_.push_back(compact);
}

void XhtmlSink::attribute(const char* name, std::string_view value) {
    printer_.PushAttribute(name, util::xml_safe(value).c_str());
}

void XhtmlSink::text(std::string_view s) {
    // The model is XML-safe already (readers sanitise); this is the backstop
    // that keeps the output well-formed whatever a future reader does.
    printer_.PushText(util::xml_safe(s).c_str());
}

void XhtmlSink::close() {
    const bool compact = compact_.empty() ? false : compact_.back();
    if (!compact_.empty()) compact_.pop_back();
    printer_.CloseElement(compact);
}

void begin_xml_document(tinyxml2::XMLPrinter& printer, bool html_doctype) {
    printer.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    if (html_doctype) printer.PushUnknown("DOCTYPE html");
}

} // namespace galley::write
