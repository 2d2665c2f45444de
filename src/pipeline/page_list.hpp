#pragma once
// Internal to the pipeline folder: the print edition's page numbers for the
// EPUB (--page-list). Lays the book out with WeasyPrint with every word
// given an id (write/page_marks.hpp), reads back on which page each word's
// named destination landed (qpdf, write/print/pdf_pages.hpp), and returns
// the page breaks: for every page after the title page, the first word that
// starts on it.

#include "model/book.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/page_marks.hpp"
#include "write/print/print_writer.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace galley::pipeline {

struct PageList {
    std::vector<write::PageBreak> breaks; // pages 2..N in order
    std::size_t pages = 0;                // pages of the print edition
};

// `print` are the print edition's options (page size, paper saver...).
// Throws model::Error when WeasyPrint fails or its PDF cannot be read.
PageList lay_out_pages(const model::Book& book, const write::print::PrintOptions& print,
                       const std::filesystem::path& weasyprint);

// Which page a word starts, given where each word landed: `first_word[p]`
// is the first word (in reading order: `order` of its region, then its
// index) whose destination is on page p, if any. A page no word starts on
// (a blank page, the contents) takes the position of the next page that
// has one, or the end of the last region. Page 0, the title page, is left
// out. Exposed for tests.
struct WordPosition {
    std::size_t region_order = 0;
    std::string region;
    std::size_t word = 0;
};
std::vector<write::PageBreak> page_breaks(std::vector<std::optional<WordPosition>> first_word,
                                          const std::string& last_region);

// Lays out the pages and gives `epub` their page breaks and the print
// edition's description (dc:source).
void add_page_list(const model::Book& book, const write::print::PrintOptions& print,
                   const std::filesystem::path& weasyprint, write::epub::EpubOptions& epub);

} // namespace galley::pipeline
