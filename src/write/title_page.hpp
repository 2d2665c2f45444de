#pragma once
// The title page's content, the same in both back ends: title, subtitle,
// people with their roles in words, publisher, date and rights.

#include "model/book.hpp"
#include "write/markup_sink.hpp"

namespace galley::write {

// Emits `h1.title`, then, when given, `p.subtitle`, one `p` per group of
// people (write/article_header.hpp people_lines: `p.author` "A and B",
// `p.editor` "Edited by C", `p.translator` "Translated by D"...; book
// authors and contributors alike), `p.publisher`, `p.date` (as the book's
// language writes it) and `p.rights`. Labels in the book's language.
void render_title_page(const model::Book& book, MarkupSink& out);

} // namespace galley::write
