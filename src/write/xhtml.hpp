#pragma once
// The XHTML renderer shared by both back ends: walks an article and emits
// its markup into a MarkupSink. Knows nothing of files or packaging.

#include "model/book.hpp"
#include "write/markup_sink.hpp"

namespace galley::write {

// Emits `<section class="article" id=…>` holding the article's `h1` title
// and its blocks. `lang` attributes are the caller's business.
void render_article(const model::Article& article, MarkupSink& out);

// Emits blocks and inlines; exposed for tests and for other page builders.
void render_blocks(const model::Blocks& blocks, MarkupSink& out);
void render_inlines(const model::Inlines& inlines, MarkupSink& out);

} // namespace galley::write
