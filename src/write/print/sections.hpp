#pragma once
// Internal to the print writer: the parts of the print document.

#include "model/book.hpp"
#include "write/markup_sink.hpp"
#include "write/print/print_writer.hpp"
#include "write/xhtml.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write::print {

// The book's language as article_lang falls back to it ("en" when unset).
std::string book_lang(const model::Book& book);

// The people's names, comma-separated.
std::string names(const std::vector<model::Person>& people);

// <name class="cls">text</name>; nothing when `text` is empty.
void element(MarkupSink& out, const char* name, const char* cls, std::string_view text);

// The title page.
void title_page(const model::Book& book, MarkupSink& out);

// The contents list: each article, its sections to `toc_depth`, the credits.
void contents(const model::Book& book, int toc_depth, MarkupSink& out);

// One article (as a handout: with the title block of the book it is from).
void chapter(const model::Book& book, const model::Article& a, bool handout, QrCodes qr,
             MarkupSink& out, const RenderOptions& ro);

} // namespace galley::write::print
