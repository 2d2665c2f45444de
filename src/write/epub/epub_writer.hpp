#pragma once
// The EPUB 3 writer: one entry point, write_epub.

#include "model/book.hpp"
#include "write/page_marks.hpp"
#include "write/epub/package_sink.hpp"

#include <string>

namespace galley::write::epub {

struct EpubOptions {
    std::string css;        // the stylesheet's text; empty: the built-in styles/epub.css
    int toc_depth = 2;      // heading levels listed in the contents (1: articles only)
    bool title_page = true; // a title page after the cover (title, authors, publisher...)
    // The print edition's pages (write/page_marks.hpp), in page order: with
    // them, page-break markers in the text, a page-list in nav.xhtml and
    // toc.ncx, and the package names the print edition (`print_source`,
    // dc:source) and declares printPageNumbers.
    std::vector<PageBreak> page_breaks{};
    std::string print_source{};
};

// Writes the whole package into `sink`, in this order: mimetype,
// META-INF/container.xml, the content documents (cover first, credits
// last), nav.xhtml, toc.ncx, the stylesheet, the images (the generated cover
// when the book has no cover image, then Book::assets), content.opf. Expects a book that went
// through the transforms (ids assigned, identifier and language set). Never throws on content.
void write_epub(const model::Book& book, PackageSink& sink, const EpubOptions& options = {});

} // namespace galley::write::epub
