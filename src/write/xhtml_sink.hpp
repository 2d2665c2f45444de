#pragma once
// A MarkupSink that prints XHTML through tinyxml2's XMLPrinter, so output is
// escaped and well-formed by construction.

#include "write/markup_sink.hpp"

#include <string>
#include <vector>

namespace tinyxml2 {
class XMLPrinter;
}

namespace galley::write {

class XhtmlSink : public MarkupSink {
  public:
    // Prints into `printer`, which the caller owns and reads afterwards.
    explicit XhtmlSink(tinyxml2::XMLPrinter& printer) : printer_(printer) {}

    void open(const char* name, bool inline_level = false) override;
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override;
    void close() override;

  private:
    tinyxml2::XMLPrinter& printer_;
    std::vector<bool> compact_;
};

// Starts an XML document: declaration, then `<!DOCTYPE html>` when `doctype`.
void begin_xml_document(tinyxml2::XMLPrinter& printer, bool html_doctype);

} // namespace galley::write
