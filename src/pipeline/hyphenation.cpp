// Stage 3, PDF: WeasyPrint cannot limit hyphenated lines in a row
// (`hyphenate-limit-lines`), so galley measures the layout and corrects it.
#include "pipeline/hyphenation.hpp"

#include "pipeline/paper.hpp"
#include "write/print/pdf_pages.hpp"

#include <algorithm>
#include <iterator>

namespace galley::pipeline {

namespace fs = std::filesystem;

LaidOutPdf lay_out_pdf(const model::Book& book, const write::print::PrintOptions& print,
                       const fs::path& weasyprint, const fs::path& target, int max_layouts) {
    write::print::PrintOptions layout = print;
    layout.hyphenation.measure = true;
    for (int pass = 1;; ++pass) {
        std::string html;
        write::print::write_print_html(book, html, layout);
        std::string pdf = render_pdf(weasyprint, html, target);
        const std::vector<std::size_t> more =
            write::print::third_hyphenated_lines(write::print::named_destinations(pdf));
        if (more.empty())
            return {std::move(layout.hyphenation.keep),
                    write::print::remove_named_destinations(std::move(pdf),
                                                            write::print::is_measuring_id)};
        std::vector<std::size_t> keep;
        std::set_union(layout.hyphenation.keep.begin(), layout.hyphenation.keep.end(),
                       more.begin(), more.end(), std::back_inserter(keep));
        layout.hyphenation.keep = std::move(keep);
        if (pass >= max_layouts) {
            // Each layout so far found runs; the last correction is laid
            // out unmeasured.
            layout.hyphenation.measure = false;
            html.clear();
            write::print::write_print_html(book, html, layout);
            return {std::move(layout.hyphenation.keep), render_pdf(weasyprint, html, target)};
        }
    }
}

} // namespace galley::pipeline
