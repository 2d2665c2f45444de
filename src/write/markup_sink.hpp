#pragma once
// The sink both back ends render into. The XHTML renderer walks the model and
// calls these; an XHTML sink prints XML through tinyxml2, the print writer's
// sink prints HTML5. Implementations escape text and attribute values.

#include <string_view>

namespace galley::write {

class MarkupSink {
  public:
    virtual ~MarkupSink() = default;
    // `inline_level`: the element sits inside running text, so no white space
    // may be added around it when pretty-printing.
    virtual void open(const char* name, bool inline_level = false) = 0;
    // Only valid right after open().
    virtual void attribute(const char* name, std::string_view value) = 0;
    virtual void text(std::string_view s) = 0;
    // Closes the innermost open element.
    virtual void close() = 0;
};

} // namespace galley::write
