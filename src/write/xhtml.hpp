#pragma once
// The XHTML renderer shared by both back ends: walks an article and emits
// its markup into a MarkupSink. Knows nothing of files or packaging.

#include "model/book.hpp"
#include "write/markup_sink.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::write {

// What differs between back ends when rendering the same model.
struct RenderOptions {
    // Maps an image's href inside the publication ("images/x.jpg") to the
    // `src` to write: a relative path for EPUB, a data: URI for print.
    // Default: the href as it is.
    std::function<std::string(std::string_view href)> image_src;
    // Extra attributes of the article's <section>, e.g. the EPUB's
    // epub:type="chapter" and role="doc-chapter".
    std::vector<std::pair<std::string, std::string>> article_attributes;
    // dir="auto" on paragraphs, headings and list items, so each takes its
    // direction from its own text (an article in another language than the
    // book's, where left-to-right and right-to-left passages mix).
    bool auto_direction = false;
    // EPUB semantics (epub:type) on note references and the notes section.
    bool epub_semantics = false;
    // Print: each note's text also follows its first reference, as a
    // footnote (write/notes.hpp).
    bool footnotes = false;
    // The article's language (BCP 47), for the words the renderer adds (the
    // notes heading) and the date of its header; empty: English.
    std::string lang;
    // epub:type on blocks with an editorial role that EPUB names
    // ("epigraph", "dedication"); HTML5 print output has no epub:type.
    bool epub_types = false;
    // Called right after the element of a paragraph, heading or tight list
    // item is opened (attributes may still be added), before its content:
    // the print writer's QR codes for the block's links go here.
    std::function<void(const model::Block&, MarkupSink&)> block_start;
};

// Emits `<section class="article" id=…>` holding the article's header
// (write/article_header.hpp: its `h1` title, standfirst, byline, date and
// origin) and its blocks. Each top-level heading opens a `<section>` that holds it
// and the blocks up to the next heading of the same or a higher level
// (nested by level); the heading's id moves to its section, so links to the
// id still land on the heading, and its rank follows the nesting (h2, then
// h3 inside it, whatever level the source skipped to). The article's notes
// follow in a section of their own (write/notes.hpp). `lang` attributes are
// the caller's business.
void render_article(const model::Article& article, MarkupSink& out,
                    const RenderOptions& options = {});

// One part of an article split into several documents: its blocks [first,
// end). The first part (`first == 0`) is rendered as render_article does;
// a later one opens `<section class="article">` without the id and the h1
// (both stay with the first part). Sections nest by level within the part.
void render_article_part(const model::Article& article, std::size_t first, std::size_t end,
                         MarkupSink& out, const RenderOptions& options = {});

// One top-level block as render_article emits it (a heading without its
// section): for measuring.
void render_block(const model::Block& block, MarkupSink& out, const RenderOptions& options = {});

// Emits blocks and inlines; exposed for tests and for other page builders.
void render_blocks(const model::Blocks& blocks, MarkupSink& out, const RenderOptions& options = {});
void render_inlines(const model::Inlines& inlines, MarkupSink& out,
                    const RenderOptions& options = {});

} // namespace galley::write
