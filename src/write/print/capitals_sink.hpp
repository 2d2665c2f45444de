#pragma once
// Proper names are never hyphenated in print ("Kar-bala"). CSS cannot say
// "not capitalised words" in any renderer, so the print writer marks them:
// a word of body text that starts with a capital letter and is long enough
// to be hyphenated at all (six letters, print.css's hyphenate-limit-chars)
// is wrapped in <span class="cap">, which print.css sets `hyphens: manual`.
// A sentence's first word is kept whole too: the cost is a few fewer
// hyphenation points.
//
// Not in German or Luxembourgish text, where every noun is capitalised and
// long compounds need hyphenation most; not in headings (never hyphenated),
// links and code (not hyphenated at all), nor outside <body>.
//
// The sink sits below the page-list's WordIdSink, which hands it one word
// per text() call: the words it counts are the same with or without it.

#include "write/markup_sink.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write::print {

class CapitalsSink : public MarkupSink {
  public:
    explicit CapitalsSink(MarkupSink& inner) : inner_(inner) {}

    void open(const char* name, bool inline_level = false) override;
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override;
    void close() override;

  private:
    struct Open {
        bool guard;      // capitalised words in this element are wrapped
        std::string lang; // as the nearest lang attribute says
    };
    MarkupSink& inner_;
    std::vector<Open> stack_;
};

// True when the code point is an upper-case (or title-case) letter of the
// Latin, Greek or Cyrillic script.
bool is_capital(char32_t c);

} // namespace galley::write::print
