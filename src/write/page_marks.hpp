#pragma once
// One page numbering for paper and screen. The print layout numbers the
// words of each region (an article by its id, or "credits") and gives each
// word an element id, so the PDF says where every word landed; the EPUB
// counts the same words the same way and puts a page-break marker before
// the word that starts each printed page. Both back ends render the same
// model through the same renderer, so the counts agree.
//
// A word is a run of characters between ASCII white space within one piece
// of text the renderer emits (so "a<em>b</em>" is two words, in both).

#include "write/markup_sink.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace galley::write {

// Page `label` starts at word `word` (0-based) of `region`. A word index
// past the region's last word puts the marker at the region's end.
struct PageBreak {
    std::string region;
    std::size_t word = 0;
    std::string label;
    bool operator==(const PageBreak&) const = default;
};

// A MarkupSink that forwards everything to `inner` and, inside a region,
// hands each word of the text to word() (white space goes straight through).
class WordSink : public MarkupSink {
  public:
    explicit WordSink(MarkupSink& inner) : inner_(inner) {}

    // Starts numbering the words of `name` from 0; an empty name stops.
    void region(std::string name);

    void open(const char* name, bool inline_level = false) override { inner_.open(name, inline_level); }
    void attribute(const char* name, std::string_view value) override { inner_.attribute(name, value); }
    void text(std::string_view s) override;
    void close() override { inner_.close(); }

  protected:
    // Default: the word as it is.
    virtual void word(std::string_view text, std::size_t index);
    const std::string& current_region() const { return region_; }
    MarkupSink& inner_;

  private:
    std::string region_;
    std::size_t count_ = 0;
};

// The print layout's sink: each word of a region becomes
// <span id="pl-REGION-N">word</span>, a named destination in WeasyPrint's PDF.
class WordIdSink : public WordSink {
  public:
    using WordSink::WordSink;

  protected:
    void word(std::string_view text, std::size_t index) override;
};

// The id WordIdSink gives word `index` of `region`.
std::string word_id(std::string_view region, std::size_t index);

// Reads an id made by word_id back; false for any other id.
bool parse_word_id(std::string_view id, std::string& region, std::size_t& index);

// The EPUB's sink: before the word a page starts at, an empty
// <span epub:type="pagebreak" role="doc-pagebreak" id="page-N" aria-label="N"/>.
// `breaks` are the page breaks of one region, in order.
class PageBreakSink : public WordSink {
  public:
    PageBreakSink(MarkupSink& inner, std::string region, std::vector<PageBreak> breaks);
    // Emits the markers left (a page that starts after the region's last
    // word); call before the element that should hold them closes.
    void finish();

  protected:
    void word(std::string_view text, std::size_t index) override;

  private:
    void marker(const PageBreak& b);
    std::vector<PageBreak> breaks_;
    std::size_t next_ = 0;
};

// "page-N": the id of page N's marker, which the page-list links to.
std::string page_anchor(std::string_view label);

} // namespace galley::write
