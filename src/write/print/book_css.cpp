// The generated parts of the print stylesheet: what depends on the page
// size and on the book.
#include "write/print/book_css.hpp"

#include "util/text.hpp"
#include "write/print/paper_css.hpp"

namespace galley::write::print {

namespace {

// Size keyword and margins (top, inline, bottom). The inline margins give a
// measure of about 65 characters of 11pt Noto Serif on A4 and Letter; A5
// is narrower and takes what it has.
struct PageGeometry {
    const char* size;
    const char* margin;
};

PageGeometry geometry(PageSize size) {
    switch (size) {
    case PageSize::Letter:
        return {"letter", "22mm 45mm 24mm"};
    case PageSize::A5:
        return {"A5", "18mm 17mm 20mm"};
    case PageSize::HalfLetter:
        return {"5.5in 8.5in", "18mm 16mm 20mm"};
    case PageSize::A4:
        break;
    }
    return {"A4", "24mm 42mm 26mm"};
}

// The counter style of the page numbers in the book's language: the
// script's own digits for Persian and Urdu (U+06F0..) and Arabic (U+0660..),
// counter styles both WeasyPrint's and Chromium's user-agent sheets define;
// empty for decimal.
std::string_view page_digits(std::string_view lang) {
    const std::string primary = util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
    if (primary == "fa" || primary == "ur") return "persian";
    if (primary == "ar") return "arabic-indic";
    return {};
}

} // namespace

const char* page_margin(PageSize size) { return geometry(size).margin; }

// The part of the stylesheet that depends on the book: page size and
// margins, and the book title as a literal running head. print.css follows
// with `content: string(book-title)`; a renderer without string() drops that
// declaration and keeps this literal.
std::string page_rules(PageSize size, std::string_view book_title, bool rtl) {
    const PageGeometry g = geometry(size);
    std::string css = "@page { size: ";
    css += g.size;
    css += "; margin: ";
    css += g.margin;
    css += "; }\n";
    css += rtl ? "@page rtl { @top-right" : "@page { @top-left";
    css += " { content: " + css_string(book_title) + "; } }\n";
    return css;
}

// The part of the stylesheet that follows print.css and depends on the
// book. The running heads' strings: the heading that opens an article, the
// credits or the contents sets them, and print.css shows them with
// `first-except`, so that opening page has no head and the pages after it
// do. Page numbers in the script's digits where the language has its own.
std::string book_rules(const model::Book& book, std::string_view lang) {
    const std::string head = css_string(book.meta.title);
    std::string css = ".article-header h1, .credits > h1 { string-set: article-title content(), "
                      "book-head " + head + "; }\n"
                      ".contents > h2 { string-set: book-head " + head + "; }\n";
    // An article titled as the book (a one-article book, a novel) is not
    // named twice at the head of its pages: the book's title is enough.
    const std::string book_key = util::to_lower_ascii(util::trim(book.meta.title));
    for (const model::Article& a : book.articles)
        if (!a.id.empty() && !book_key.empty() && util::to_lower_ascii(util::trim(a.title)) == book_key)
            css += "#" + a.id + " .article-header h1 { string-set: article-title \"\", book-head " +
                   head + "; }\n";
    const std::string_view digits = page_digits(lang);
    if (!digits.empty()) {
        const std::string d(digits);
        css += "@page { @bottom-right { content: counter(page, " + d + ") \" / \" counter(pages, " +
               d + "); } }\n";
        css += "@page rtl { @bottom-right { content: none; } @bottom-left { content: counter(page, " +
               d + ") \"/\" counter(pages, " + d + "); } }\n";
        css += ".contents a::after { content: leader(\".\") target-counter(attr(href), page, " + d +
               "); }\n";
    }
    return css;
}

} // namespace galley::write::print
