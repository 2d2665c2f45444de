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
// A link to another site whose text is not its address has the address
// printed after it, as text the sink writes (a reader of paper cannot follow
// the link): <span class="address"> (https://…)</span>, with the same <wbr>s.
// (A CSS `a::after { content: attr(href) }` could hold no <wbr>.)
//
// The sink sits below the page-list's WordIdSink: an address stays one word
// there, and a printed address is no word at all, as in the EPUB, which has
// neither.

#include "write/markup_sink.hpp"

#include <string>
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
    struct Open {
        bool address = false; // inside <a class="url">
        std::string printed;  // a link's address, printed after it
    };
    void address_text(std::string_view s);
    MarkupSink& inner_;
    std::vector<Open> open_;   // per open element
    bool opened_link_ = false; // the element just opened is an <a>
};

} // namespace galley::write::print
