// Stage 3, page-list: the print edition's page breaks, read back from the
// PDF WeasyPrint lays out.
#include "pipeline/page_list.hpp"

#include "pipeline/paper.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/print/pdf_pages.hpp"

#include <limits>
#include <map>
#include <tuple>

namespace galley::pipeline {

namespace fs = std::filesystem;

std::vector<write::PageBreak> page_breaks(std::vector<std::optional<WordPosition>> first_word,
                                          const std::string& last_region) {
    std::vector<write::PageBreak> out(first_word.size() > 1 ? first_word.size() - 1 : 0);
    // Backwards, so an empty page takes the next page's position.
    WordPosition next{0, last_region, std::numeric_limits<std::size_t>::max()};
    for (std::size_t p = first_word.size(); p-- > 1;) {
        if (first_word[p]) next = *first_word[p];
        out[p - 1] = {next.region, next.word, std::to_string(p + 1)};
    }
    return out;
}

PageList lay_out_pages(const model::Book& book, const write::print::PrintOptions& print,
                       const fs::path& weasyprint) {
    write::print::PrintOptions layout = print;
    layout.mark_words = true;
    layout.handout.reset();
    std::string html;
    write::print::write_print_html(book, html, layout);
    const std::string pdf = render_pdf(weasyprint, html, "the page-list's print layout");

    // Regions in reading order: the articles, then the credits.
    std::map<std::string, std::size_t> order;
    for (const model::Article& a : book.articles)
        order.emplace(a.id, order.size());
    order.emplace("credits", order.size());

    PageList out;
    out.pages = write::print::pdf_page_count(pdf);
    std::vector<std::optional<WordPosition>> first(out.pages);
    std::string region;
    std::size_t index = 0;
    WordPosition last{0, book.articles.empty() ? "credits" : book.articles.back().id, 0};
    for (const auto& [name, dest] : write::print::named_destinations(pdf)) {
        if (!write::parse_word_id(name, region, index) || dest.page >= first.size()) continue;
        const auto it = order.find(region);
        if (it == order.end()) continue;
        std::optional<WordPosition>& f = first[dest.page];
        if (!f || std::tie(it->second, index) < std::tie(f->region_order, f->word))
            f = WordPosition{it->second, region, index};
        if (it->second > last.region_order) last = WordPosition{it->second, region, index};
    }
    out.breaks = page_breaks(std::move(first), last.region);
    return out;
}

void add_page_list(const model::Book& book, const write::print::PrintOptions& print,
                   const fs::path& weasyprint, write::epub::EpubOptions& epub) {
    const PageList pages = lay_out_pages(book, print, weasyprint);
    epub.page_breaks = pages.breaks;
    const char* size = print.page_size == write::print::PageSize::A4       ? "A4"
                       : print.page_size == write::print::PageSize::Letter ? "Letter"
                       : print.page_size == write::print::PageSize::A5     ? "A5"
                                                                           : "half-Letter";
    epub.print_source = book.meta.title + ", print edition (" + size + ", " +
                        std::to_string(pages.pages) + " pages, laid out by galley)";
}

} // namespace galley::pipeline
