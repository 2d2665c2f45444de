#pragma once
// A printed address breaks only after "/", "." or "-", and never gets a
// hyphen (a reader typing it would type the hyphen). Chromium's line breaker
// finds no break after "/" in "news.release/empsit" and, with
// `overflow-wrap: anywhere`, splits the address mid-word instead; WeasyPrint
// (Pango) breaks after "/" by itself. So the text of a link that shows its
// own address (`<a class="url">`, write/xhtml.hpp) gets a <wbr> after each
// run of slashes, and after each "." or "-" of a part (the text between two
// slashes) too long to sit on a line of its own; everywhere else the text
// passes through unchanged. print.css hides the <wbr> from WeasyPrint 57,
// which would otherwise break inside the text before one.
//
// The sink sits below the page-list's WordIdSink: an address stays one word
// there, as in the EPUB, which has no <wbr>.

#include "write/markup_sink.hpp"

#include <string_view>
#include <vector>

namespace galley::write::print {

class AddressBreaksSink : public MarkupSink {
  public:
    explicit AddressBreaksSink(MarkupSink& inner) : inner_(inner) {}

    void open(const char* name, bool inline_level = false) override;
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override;
    void close() override;

  private:
    MarkupSink& inner_;
    std::vector<bool> in_address_; // per open element: inside <a class="url">
    bool opened_link_ = false;     // the element just opened is an <a>
};

} // namespace galley::write::print
