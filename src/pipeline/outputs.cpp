// Stage 3: every output, each written atomically: EPUB, print HTML, PDF
// (through WeasyPrint), handouts.
#include "pipeline/pipeline.hpp"
#include "pipeline/progress.hpp"

#include "util/file_io.hpp"
#include "util/parallel.hpp"
#include "util/process.hpp"
#include "util/text.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/zip_sink.hpp"
#include "write/print/print_writer.hpp"

#include <algorithm>
#include <exception>
#include <thread>

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

// Renders the print HTML to PDF with WeasyPrint, in a private temporary
// directory; the PDF is then written atomically like every other output.
fs::path find_weasyprint(const fs::path& out) {
    const auto weasyprint = util::find_program("weasyprint");
    if (!weasyprint)
        throw Error("cannot write " + out.string() +
                    ": PDF output needs WeasyPrint, which is not installed (on Debian: "
                    "apt-get install weasyprint)");
    return *weasyprint;
}

void write_pdf(const fs::path& out, const fs::path& weasyprint, const std::string& html) {
    util::TempDir tmp;
    const fs::path in_html = tmp.path() / "print.html";
    const fs::path out_pdf = tmp.path() / "print.pdf";
    util::write_file_atomic(in_html, html);
    const int status = util::run_process({weasyprint.string(), in_html.string(), out_pdf.string()});
    if (status != 0)
        throw Error("cannot write " + out.string() + ": WeasyPrint failed (exit status " +
                    std::to_string(status) + ")");
    write_output(out, util::read_file(out_pdf, 4ull << 30));
}

} // namespace

std::vector<fs::path> write_outputs(const model::Book& book, const Options& options) {
    const std::vector<std::string> outputs =
        options.outputs.empty() ? default_outputs(book) : options.outputs;
    const unsigned threads = util::thread_count(options.jobs);
    pipeline::Progress progress(options.progress);
    write::epub::EpubOptions epub_options;
    epub_options.threads = threads;
    epub_options.progress = [&progress](std::size_t done, std::size_t total) {
        if (done == 1) progress.stage("writing EPUB", total);
        progress.update(done);
    };
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
    write::print::PrintOptions print_options;
    if (print) print_options.page_size = page_size(book, options);

    // The print HTML is one document, rendered on a thread of its own while
    // the EPUB's files are rendered on the others; rendered once, shared by
    // .html and .pdf outputs.
    std::string print_html;
    std::exception_ptr print_error;
    std::thread print_thread;
    if (std::any_of(kinds.begin(), kinds.end(), [](OutputKind k) { return k != OutputKind::Epub; })) {
        auto render = [&] {
            try {
                write::print::write_print_html(book, print_html, print_options);
            } catch (...) {
                print_error = std::current_exception();
            }
        };
        if (threads > 1)
            print_thread = std::thread(render);
        else
            render();
    }
    auto print_ready = [&]() -> const std::string& {
        if (print_thread.joinable()) print_thread.join();
        if (print_error) std::rethrow_exception(print_error);
        return print_html;
    };

    std::vector<fs::path> written;
    try {
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const fs::path out = outputs[i];
            if (kinds[i] == OutputKind::Epub) {
                write::epub::ZipSink zip(book.modified_epoch);
                write::epub::write_epub(book, zip, epub_options);
                write_output(out, zip.finish());
            } else if (kinds[i] == OutputKind::Html) {
                write_output(out, print_ready());
            } else {
                write_pdf(out, weasyprint, print_ready());
            }
            written.push_back(out);
        }
    } catch (...) {
        if (print_thread.joinable()) print_thread.join();
        throw;
    }
    if (print_thread.joinable()) print_thread.join();

    // Handouts: one standalone print HTML per article, named after its id
    // (unique in the book) and title.
    if (!options.handouts_dir.empty()) {
        progress.stage("writing handouts", book.articles.size());
        util::parallel_ordered(
            book.articles.size(), threads,
            [&](std::size_t i) {
                write::print::PrintOptions handout = print_options;
                handout.handout = i;
                std::string html;
                write::print::write_print_html(book, html, handout);
                return html;
            },
            [&](std::size_t i, std::string html) {
                const model::Article& a = book.articles[i];
                const fs::path out = fs::path(options.handouts_dir) /
                                     (a.id + "-" + util::slugify(a.title) + ".html");
                write_output(out, html);
                written.push_back(out);
                progress.update(i + 1);
            });
    }
    return written;
}

} // namespace galley
