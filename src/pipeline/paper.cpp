// Stage 3, paper: booklet imposition and the print options the paper flags set.
#include "pipeline/paper.hpp"

#include "util/file_io.hpp"
#include "util/process.hpp"
#include "write/print/imposition.hpp"
#include "write/print/pdf_pages.hpp"

namespace galley::pipeline {

namespace fs = std::filesystem;
using model::Error;
using write::print::PageSize;

namespace {

constexpr double mm = 72.0 / 25.4;

// The booklet's page for the book's page size: half the sheet it is printed on.
PageSize booklet_page(PageSize size) {
    return size == PageSize::Letter || size == PageSize::HalfLetter ? PageSize::HalfLetter
                                                                    : PageSize::A5;
}

write::print::QrCodes qr_codes(const Options& options, bool handout) {
    if (options.qr == "all") return write::print::QrCodes::All;
    if (options.qr == "links") return write::print::QrCodes::Links;
    if (options.qr == "none") return write::print::QrCodes::None;
    return handout ? write::print::QrCodes::Links : write::print::QrCodes::None;
}

} // namespace

void check_paper_options(const Options& options, bool pdf_output) {
    if (!options.qr.empty() && options.qr != "none" && options.qr != "links" && options.qr != "all")
        throw UsageError("--qr: '" + options.qr + "' is not none, links or all");
    if (options.signature < 0)
        throw UsageError("--signature: the number of sheets must be 0 or more");
    if (!options.creep.empty() && !write::print::parse_length_pt(options.creep))
        throw UsageError("--creep: '" + options.creep +
                         "' is not a length such as 0.2mm, 0.5pt or 0.01in");
    if ((options.signature != 0 || !options.creep.empty()) && !options.booklet)
        throw UsageError("--signature and --creep need --booklet");
    if (options.booklet && !pdf_output)
        throw UsageError("--booklet imposes a PDF: add an output such as -o booklet.pdf");
}

write::print::PrintOptions print_options_for(const model::Book& book, const Options& options,
                                             PageSize size, bool handout) {
    write::print::PrintOptions print;
    print.page_size = options.booklet && !handout ? booklet_page(size) : size;
    print.qr = qr_codes(options, handout);
    print.paper_saver = options.paper_saver;
    if (handout) print.footer = book.meta.handout_footer;
    return print;
}

std::string render_pdf(const fs::path& weasyprint, const std::string& html, const fs::path& target) {
    util::TempDir tmp;
    const fs::path in_html = tmp.path() / "print.html";
    const fs::path out_pdf = tmp.path() / "print.pdf";
    util::write_file_atomic(in_html, html);
    const int status = util::run_process({weasyprint.string(), in_html.string(), out_pdf.string()});
    if (status != 0)
        throw Error("cannot write " + target.string() + ": WeasyPrint failed (exit status " +
                    std::to_string(status) + ")");
    return util::read_file(out_pdf, 4ull << 30);
}

std::string finish_pdf(std::string pdf, const Options& options, PageSize size) {
    if (!options.booklet) return pdf;
    write::print::BookletLayout layout;
    const bool letter = booklet_page(size) == PageSize::HalfLetter;
    layout.sheet_width = letter ? 11 * 72.0 : 297 * mm; // landscape
    layout.sheet_height = letter ? 8.5 * 72.0 : 210 * mm;
    layout.sheets_per_signature = static_cast<std::size_t>(options.signature);
    if (!options.creep.empty()) layout.creep = *write::print::parse_length_pt(options.creep);
    return write::print::impose_booklet(pdf, layout);
}

} // namespace galley::pipeline
