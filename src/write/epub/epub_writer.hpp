#pragma once
// The EPUB 3 writer: one entry point, write_epub.

#include "model/book.hpp"
#include "write/page_marks.hpp"
#include "write/epub/package_sink.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace galley::write::epub {

struct EpubOptions {
    std::string css;        // the stylesheet's text; empty: the built-in styles/epub.css
    int toc_depth = 2;      // heading levels listed in the contents (1: articles only)
    bool title_page = true; // a title page after the cover (title, authors, publisher...)
    // An article whose XHTML would exceed this many bytes becomes several
    // content documents (write/epub/split.hpp); 0: never split.
    std::size_t split_size = 200 * 1024;
    // Threads rendering and compressing the package's files; the package is
    // the same bytes whatever the count.
    unsigned threads = 1;
    // Called on the writing thread after each file is added (done, total).
    std::function<void(std::size_t, std::size_t)> progress;
    // The print edition's pages (write/page_marks.hpp), in page order: with
    // them, page-break markers in the text, a page-list in nav.xhtml and
    // toc.ncx, and the package names the print edition (`print_source`,
    // dc:source) and declares printPageNumbers.
    std::vector<PageBreak> page_breaks{};
    std::string print_source{};
    // The generated cover drawn as a PNG (pipeline/images.hpp): when set and
    // the book has no cover image, it is the package's cover-image, for
    // readers and stores that show no SVG cover; the cover page keeps the SVG.
    std::string cover_png{};
};

// The cover drawn for a book without a cover image: title, subtitle and
// authors on a plain ground, 600 x 900 user units.
std::string generated_cover_svg(const model::Book& book);

// Writes the whole package into `sink`, in this order: mimetype,
// META-INF/container.xml, the content documents (cover first, credits
// last), nav.xhtml, toc.ncx, the stylesheet, the images (the generated cover
// when the book has no cover image, then Book::assets), content.opf. Files are rendered and
// prepared (PackageSink::prepare) on `options.threads` threads, a bounded number at a time,
// and added in that order. Expects a book that went through the transforms (ids assigned,
// identifier and language set). Never throws on content.
void write_epub(const model::Book& book, PackageSink& sink, const EpubOptions& options = {});

} // namespace galley::write::epub
