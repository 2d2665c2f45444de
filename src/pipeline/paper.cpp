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

// The print HTML is self-contained (stylesheet and images inlined as data:
// URLs), so WeasyPrint is given a URL fetcher that refuses everything else:
// a hostile document cannot make it read local files or the network. The
// fetcher needs WeasyPrint's Python API: run through the interpreter named
// on the `weasyprint` script's first line; the plain command otherwise.
const char* const fenced_weasyprint = R"(import sys, weasyprint
def fetch(url, *args, **kwargs):
    if url.startswith('data:'):
        return weasyprint.default_url_fetcher(url, *args, **kwargs)
    raise ValueError('galley refuses to fetch ' + url[:80])
weasyprint.HTML(filename=sys.argv[1], url_fetcher=fetch).write_pdf(sys.argv[2])
)";

std::vector<std::string> weasyprint_command(const fs::path& weasyprint, const fs::path& in,
                                            const fs::path& out) {
    std::string first_line;
    try {
        const std::string head = util::read_file(weasyprint, 1u << 20);
        first_line = head.substr(0, head.find('\n'));
    } catch (const Error&) {
    }
    if (first_line.rfind("#!", 0) == 0 && first_line.find("python") != std::string::npos &&
        first_line.find(' ') == std::string::npos)
        return {first_line.substr(2), "-c", fenced_weasyprint, in.string(), out.string()};
    return {weasyprint.string(), in.string(), out.string()};
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
    print.run_on = options.run_on && !handout;
    print.toc_depth = options.toc_depth;
    if (handout) print.footer = book.meta.handout_footer;
    return print;
}

std::string render_pdf(const fs::path& weasyprint, const std::string& html, const fs::path& target) {
    util::TempDir tmp;
    const fs::path in_html = tmp.file("print.html");
    const fs::path out_pdf = tmp.file("print.pdf");
    util::write_file_atomic(in_html, html);
    const int status = util::run_process(weasyprint_command(weasyprint, in_html, out_pdf));
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
