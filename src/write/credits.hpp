#pragma once
// The credits section shared by both back ends: every credit of the book
// (book-level first, then each article's) in attribution form, with what it
// credits ("Cover", "Lead image of …") and links to creator, source and the
// licence deed.

#include "model/book.hpp"
#include "write/markup_sink.hpp"
#include "write/xhtml.hpp"

namespace galley::write {

// True when the book has something to credit: a credit record, or an
// article with a known origin (`source`/`url`).
bool has_credits(const model::Book& book);

// Emits `<section class="credits" id="credits" role="doc-credits">` with an
// `h1` "Credits" (in the book's language, as every label here) and one `li`
// per credit, then one `li.origin` per article with a known origin ("“Title”:
// First published by Source", linked to its URL); emits nothing when
// has_credits is false. Markup specific to a back end (epub:type) is the caller's business.
void render_credits(const model::Book& book, MarkupSink& out, const RenderOptions& options = {});

// True when the book or one of its articles has a credit (render_credits
// then emits its section, with the id "credits").
bool has_credits(const model::Book& book);

} // namespace galley::write
