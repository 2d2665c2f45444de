#pragma once
// The XHTML renderer shared by both back ends: walks an article and emits
// its markup into a MarkupSink. Knows nothing of files or packaging.

#include "model/book.hpp"
#include "write/markup_sink.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace galley::write {

// What differs between back ends when rendering the same model.
struct RenderOptions {
    // Maps an image's href inside the publication ("images/x.jpg") to the
    // `src` to write: a relative path for EPUB, a data: URI for print.
    // Default: the href as it is.
    std::function<std::string(std::string_view href)> image_src;
};

// Emits `<section class="article" id=…>` holding the article's `h1` title
// and its blocks. `lang` attributes are the caller's business.
void render_article(const model::Article& article, MarkupSink& out,
                    const RenderOptions& options = {});

// Emits blocks and inlines; exposed for tests and for other page builders.
void render_blocks(const model::Blocks& blocks, MarkupSink& out, const RenderOptions& options = {});
void render_inlines(const model::Inlines& inlines, MarkupSink& out,
                    const RenderOptions& options = {});

} // namespace galley::write
