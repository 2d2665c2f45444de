#pragma once
// The credits section shared by both back ends: every credit of the book
// (book-level first, then each article's) in attribution form, with what it
// credits ("Cover", "Lead image of …") and links to creator, source and the
// licence deed.

#include "model/book.hpp"
#include "write/markup_sink.hpp"
#include "write/xhtml.hpp"

namespace galley::write {

// Emits `<section class="credits" id="credits" role="doc-credits">` with an
// `h1` "Credits" and one `li` per credit; emits nothing when the book has no
// credit. Markup specific to a back end (epub:type) is the caller's business.
void render_credits(const model::Book& book, MarkupSink& out, const RenderOptions& options = {});

// True when the book or one of its articles has a credit (render_credits
// then emits its section, with the id "credits").
bool has_credits(const model::Book& book);

} // namespace galley::write
