// Stage 3: every output, each written atomically: EPUB, print HTML, PDF
// (through WeasyPrint), handouts.
#include "pipeline/pipeline.hpp"
#include "pipeline/page_list.hpp"
#include "pipeline/paper.hpp"

#include "util/file_io.hpp"
#include "util/process.hpp"
#include "util/text.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/zip_sink.hpp"
#include "write/print/print_writer.hpp"

#include <algorithm>

namespace galley {

namespace fs = std::filesystem;
using model::Error;

std::vector<std::string> default_outputs(const model::Book& book) {
    const fs::path stem = fs::path("out") / util::slugify(book.meta.title);
    return {stem.string() + ".epub", stem.string() + ".html"};
}

namespace {

enum class OutputKind { Epub, Html, Pdf };

OutputKind output_kind(const std::string& out) {
    const std::string ext = util::to_lower_ascii(fs::path(out).extension().string());
    if (ext == ".epub") return OutputKind::Epub;
    if (ext == ".html" || ext == ".htm") return OutputKind::Html;
    if (ext == ".pdf") return OutputKind::Pdf;
    throw UsageError(out + ": unsupported output format '" + ext +
                     "' (supported: .epub, .html, .pdf)");
}

// --page-size wins over the metadata's page-size; A4 when neither is given.
write::print::PageSize page_size(const model::Book& book, const Options& options) {
    if (!options.page_size.empty()) {
        if (auto s = write::print::parse_page_size(options.page_size)) return *s;
        throw UsageError("--page-size: '" + options.page_size + "' is not A4, Letter or A5");
    }
    if (!book.meta.page_size.empty()) {
        if (auto s = write::print::parse_page_size(book.meta.page_size)) return *s;
        throw Error("page-size in the metadata: '" + book.meta.page_size +
                    "' is not A4, Letter or A5");
    }
    return write::print::PageSize::A4;
}

void write_output(const fs::path& out, std::string_view bytes) {
    try {
        util::write_file_atomic(out, bytes);
    } catch (const Error& e) {
        throw Error("cannot write output", e);
    }
}

fs::path find_weasyprint(const fs::path& out) {
    const auto weasyprint = util::find_program("weasyprint");
    if (!weasyprint)
        throw Error("cannot write " + out.string() +
                    ": PDF output needs WeasyPrint, which is not installed (on Debian: "
                    "apt-get install weasyprint)");
    return *weasyprint;
}

} // namespace

std::vector<fs::path> write_outputs(const model::Book& book, const Options& options) {
    const std::vector<std::string> outputs =
        options.outputs.empty() ? default_outputs(book) : options.outputs;
    write::epub::EpubOptions epub_options;
    epub_options.toc_depth = options.toc_depth;
    epub_options.title_page = options.title_page;
    if (!options.css_file.empty()) {
        epub_options.css = util::read_file(options.css_file, 4u << 20);
    } else {
        // The metadata's `css:` files, in order, replace the built-in sheet.
        for (const std::string& css : book.meta.stylesheets)
            epub_options.css += util::read_file(css, 4u << 20) + "\n";
    }

    // Check every request before writing anything, so a bad one leaves no
    // partial set of outputs behind.
    std::vector<OutputKind> kinds;
    fs::path weasyprint;
    for (const std::string& out : outputs) {
        kinds.push_back(output_kind(out));
        if (kinds.back() == OutputKind::Pdf && weasyprint.empty())
            weasyprint = find_weasyprint(out);
    }
    const bool print =
        !options.handouts_dir.empty() ||
        std::any_of(kinds.begin(), kinds.end(), [](OutputKind k) { return k != OutputKind::Epub; });
    pipeline::check_paper_options(options, !weasyprint.empty());
    const auto size = print || options.page_list ? page_size(book, options) : write::print::PageSize::A4;
    const auto print_options = pipeline::print_options_for(book, options, size, false);
    if (options.page_list) {
        if (std::find(kinds.begin(), kinds.end(), OutputKind::Epub) == kinds.end())
            throw UsageError("--page-list marks the print pages in an EPUB: add an .epub output");
        pipeline::add_page_list(book, print_options, find_weasyprint("--page-list"), epub_options);
    }

    std::vector<fs::path> written;
    std::string print_html; // rendered once, shared by .html and .pdf outputs
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const fs::path out = outputs[i];
        if (kinds[i] == OutputKind::Epub) {
            write::epub::ZipSink zip(book.modified_epoch);
            write::epub::write_epub(book, zip, epub_options);
            write_output(out, zip.finish());
        } else {
            if (print_html.empty()) write::print::write_print_html(book, print_html, print_options);
            if (kinds[i] == OutputKind::Html)
                write_output(out, print_html);
            else
                write_output(out, pipeline::finish_pdf(
                                      pipeline::render_pdf(weasyprint, print_html, out), options, size));
        }
        written.push_back(out);
    }

    // Handouts: one standalone print HTML per article, named after its id
    // (unique in the book) and title.
    if (!options.handouts_dir.empty()) {
        for (std::size_t i = 0; i < book.articles.size(); ++i) {
            const model::Article& a = book.articles[i];
            const fs::path out =
                fs::path(options.handouts_dir) / (a.id + "-" + util::slugify(a.title) + ".html");
            write::print::PrintOptions handout = pipeline::print_options_for(book, options, size, true);
            handout.handout = i;
            std::string html;
            write::print::write_print_html(book, html, handout);
            write_output(out, html);
            written.push_back(out);
        }
    }
    return written;
}

} // namespace galley
