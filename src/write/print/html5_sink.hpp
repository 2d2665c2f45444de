#pragma once
// A MarkupSink that prints HTML5 (the HTML syntax, not XHTML): void elements
// get a start tag only, every other element an end tag even when empty (an
// HTML parser reads `<div/>` as an unclosed `<div>`), text and attribute
// values are escaped, and the raw-text elements (`style`, `script`) keep
// their content as it is, minus anything that would end them early.

#include "write/markup_sink.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write::print {

class Html5Sink : public MarkupSink {
  public:
    // Appends to `out`, which the caller owns and reads once close() has
    // balanced every open().
    explicit Html5Sink(std::string& out) : out_(out) {}

    // Writes `<!DOCTYPE html>`; call first.
    void doctype();

    void open(const char* name, bool inline_level = false) override;
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override;
    void close() override;

    // How many elements are open (0 once the document is complete).
    std::size_t depth() const { return stack_.size(); }

  private:
    struct Open {
        std::string name;
        bool compact; // inside running text: no white space added around children
        bool is_void;
        bool raw_text;
        bool has_block_child = false;
    };
    void finish_start_tag();

    std::string& out_;
    std::vector<Open> stack_;
    bool start_tag_open_ = false;
};

// True for the HTML5 void elements (`br`, `img`, `meta`…), which have no end tag.
bool is_void_element(std::string_view name);

} // namespace galley::write::print
