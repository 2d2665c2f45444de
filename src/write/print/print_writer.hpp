#pragma once
// The print writer: one self-contained HTML5 document (CSS Paged Media) from
// the model — all articles merged in one document as mdBook's print page
// does, the print stylesheet inlined, images inlined as data: URIs, so
// printing it makes no external request. A browser prints it; WeasyPrint
// turns it into a PDF (the pipeline runs it, not this writer).

#include "model/book.hpp"
#include "write/print/hyphenation_sink.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace galley::write::print {

// HalfLetter (5.5 x 8.5 in) is the page of a booklet folded from Letter
// sheets; parse_page_size does not offer it.
enum class PageSize { A4, Letter, A5, HalfLetter };

// "A4", "Letter", "A5", any case; nullopt for anything else.
std::optional<PageSize> parse_page_size(std::string_view name);

// QR codes on paper (qr.hpp): none; one per external link, in the margin
// beside its paragraph; those and one for each article's source URL.
enum class QrCodes { None, Links, All };

struct PrintOptions {
    PageSize page_size = PageSize::A4;
    QrCodes qr = QrCodes::None;
    // A denser layout for photocopies: smaller margins, type and leading.
    bool paper_saver = false;
    // Articles follow each other on the same page (after a rule) instead of
    // each starting a new one: `<html class="run-on">`, styles/print.css.
    bool run_on = false;
    // A line printed at the foot of every page (a handout's `handout-footer`).
    std::string footer;
    // Levels in the contents list: 1 articles only, 2 with their sections...
    int toc_depth = 2;
    // For laying out the page-list (write/page_marks.hpp): every word of the
    // articles and credits in a span with an id. Not for printing.
    bool mark_words = false;
    // Candidates for hyphenation marked for measuring, or kept whole, so
    // that no three hyphenated lines follow each other (hyphenation_sink.hpp).
    HyphenationMarks hyphenation;
    // Print only this article (an index into book.articles) as a standalone
    // handout: its own title block, page numbers and credits, no title page
    // or contents. None: the whole book.
    std::optional<std::size_t> handout;
};

// Appends the print HTML for `book` to `out`. Deterministic: the same book
// and options give the same bytes. Throws std::out_of_range when
// `options.handout` is not an index into book.articles.
void write_print_html(const model::Book& book, std::string& out, const PrintOptions& options = {});

} // namespace galley::write::print
