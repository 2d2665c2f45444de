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
    write::print::HyphenationMarks& marks = layout.hyphenation;
    marks.measure = true;
    for (int pass = 1;; ++pass) {
        std::string html;
        write::print::write_print_html(book, html, layout);
        std::string pdf = render_pdf(weasyprint, html, target);
        const std::vector<write::print::Candidate> more =
            write::print::third_hyphenated_lines(write::print::named_destinations(pdf));
        if (more.empty())
            return {std::move(marks.keep),
                    write::print::remove_named_destinations(std::move(pdf),
                                                            write::print::is_measuring_id)};
        // Keep them whole; only their blocks' lines change, so the next
        // layout measures those alone.
        std::vector<std::size_t> numbers, blocks;
        for (const write::print::Candidate& c : more) {
            numbers.push_back(c.number);
            blocks.push_back(c.block);
        }
        std::sort(blocks.begin(), blocks.end());
        blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
        std::vector<std::size_t> keep;
        std::set_union(marks.keep.begin(), marks.keep.end(), numbers.begin(), numbers.end(),
                       std::back_inserter(keep));
        marks.keep = std::move(keep);
        marks.blocks = std::move(blocks);
        if (pass >= max_layouts) {
            // Each layout so far found runs; the last correction is laid
            // out unmeasured.
            marks.measure = false;
            html.clear();
            write::print::write_print_html(book, html, layout);
            return {std::move(marks.keep), render_pdf(weasyprint, html, target)};
        }
    }
}

} // namespace galley::pipeline
