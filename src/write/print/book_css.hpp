#pragma once
// Internal to the print writer: the parts of the print stylesheet it
// generates around styles/print.css.

#include "model/book.hpp"
#include "write/print/print_writer.hpp"

#include <string>
#include <string_view>

namespace galley::write::print {

// The page margins (top, inline, bottom) of `size`, as CSS.
const char* page_margin(PageSize size);

// Before print.css: page size and margins, and the book title as a literal
// running head (for renderers without string()).
std::string page_rules(PageSize size, std::string_view book_title, bool rtl);

// After print.css: the running heads' strings, and page numbers in the
// script's own digits where the book's language has them.
std::string book_rules(const model::Book& book, std::string_view lang);

} // namespace galley::write::print
