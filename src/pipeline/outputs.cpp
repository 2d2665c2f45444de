// Stage 3: every output, each written atomically: EPUB, print HTML, PDF
// (through WeasyPrint), handouts.
#include "pipeline/pipeline.hpp"
#include "pipeline/progress.hpp"
#include "pipeline/timings.hpp"
#include "pipeline/hyphenation.hpp"
#include "pipeline/images.hpp"
#include "pipeline/page_list.hpp"
#include "pipeline/paper.hpp"

#include "util/file_io.hpp"
#include "util/parallel.hpp"
#include "util/process.hpp"
#include "util/text.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/zip_sink.hpp"
#include "write/print/print_writer.hpp"

#include <algorithm>
#include <exception>
#include <chrono>
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

// Writes `bytes` to a temporary file beside `out`; renamed into place only
// once every output is written (commit_all).
util::StagedFile stage_output(const fs::path& out, std::string_view bytes) {
    try {
        return util::StagedFile(out, bytes);
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
    const unsigned threads = util::thread_count(options.jobs);
    pipeline::StageTimer timer(options.timings);
    pipeline::Progress progress(options.progress);
    write::epub::EpubOptions epub_options;
    epub_options.threads = threads;
    epub_options.progress = [&progress](std::size_t done, std::size_t total) {
        if (done == 1) progress.stage("writing EPUB", total);
        progress.update(done);
    };
    epub_options.toc_depth = options.toc_depth;
    epub_options.title_page = options.title_page;
    epub_options.css = book.stylesheet; // read and checked by build_book
    // Page breaks are placed by word position in a whole article, so with
    // --page-list articles stay whole.
    epub_options.split_size =
        options.page_list ? 0 : static_cast<std::size_t>(options.split_size_kb) * 1024;

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
    if (std::find(kinds.begin(), kinds.end(), OutputKind::Epub) != kinds.end())
        epub_options.cover_png = pipeline::generated_cover_png(book);
    pipeline::check_paper_options(options, !weasyprint.empty());
    const auto size = print || options.page_list ? page_size(book, options) : write::print::PageSize::A4;
    auto print_options = pipeline::print_options_for(book, options, size, false);
    // The PDF is laid out first: the words it keeps whole to avoid three
    // hyphenated lines in a row are kept whole in the print HTML and the
    // page-list's layout too, so all three agree.
    std::string laid_out_pdf;
    if (!weasyprint.empty()) {
        const auto first_pdf = std::find(kinds.begin(), kinds.end(), OutputKind::Pdf);
        pipeline::LaidOutPdf laid_out = pipeline::lay_out_pdf(
            book, print_options, weasyprint, outputs[static_cast<std::size_t>(first_pdf - kinds.begin())]);
        print_options.hyphenation.keep = std::move(laid_out.keep);
        laid_out_pdf = std::move(laid_out.pdf);
        timer.lap("PDF laid out");
    }
    if (options.page_list) {
        if (std::find(kinds.begin(), kinds.end(), OutputKind::Epub) == kinds.end())
            throw UsageError("--page-list marks the print pages in an EPUB: add an .epub output");
        pipeline::add_page_list(book, print_options, find_weasyprint("--page-list"), epub_options);
    }

    timer.lap("cover and page list");

    // The print HTML is one document, rendered on a thread of its own while
    // the EPUB's files are rendered on the others; rendered once, shared by
    // .html and .pdf outputs.
    std::string print_html;
    std::exception_ptr print_error;
    std::thread print_thread;
    if (std::any_of(kinds.begin(), kinds.end(), [](OutputKind k) { return k != OutputKind::Epub; })) {
        auto render = [&] {
            try {
                const auto start = std::chrono::steady_clock::now();
                write::print::write_print_html(book, print_html, print_options);
                if (options.timings)
                    pipeline::print_stage_time(
                        "print HTML (rendered on its own thread)",
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                            .count());
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

    // Every output goes to its temporary file first; only when all are
    // written are they renamed into place, so a failure leaves the older
    // outputs as they were.
    std::vector<util::StagedFile> staged;
    try {
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const fs::path out = outputs[i];
            if (kinds[i] == OutputKind::Epub) {
                write::epub::ZipSink zip(book.modified_epoch);
                write::epub::write_epub(book, zip, epub_options);
                timer.lap("EPUB files rendered and deflated");
                const std::string archive = zip.finish();
                timer.lap("EPUB archive");
                staged.push_back(stage_output(out, archive));
            } else if (kinds[i] == OutputKind::Html) {
                staged.push_back(stage_output(out, print_ready()));
            } else {
                staged.push_back(
                    stage_output(out, pipeline::finish_pdf(laid_out_pdf, options, size)));
            }
        }
    } catch (...) {
        if (print_thread.joinable()) print_thread.join();
        throw;
    }
    if (print_thread.joinable()) print_thread.join();
    timer.lap("outputs written to temporary files");

    // Handouts: one standalone print HTML per article, named after its id
    // (unique in the book) and title.
    if (!options.handouts_dir.empty()) {
        progress.stage("writing handouts", book.articles.size());
        util::parallel_ordered(
            book.articles.size(), threads,
            [&](std::size_t i) {
                write::print::PrintOptions handout =
                    pipeline::print_options_for(book, options, size, true);
                handout.handout = i;
                std::string html;
                write::print::write_print_html(book, html, handout);
                return html;
            },
            [&](std::size_t i, std::string html) {
                const model::Article& a = book.articles[i];
                const fs::path out = fs::path(options.handouts_dir) /
                                     (a.id + "-" + util::slugify(a.title) + ".html");
                staged.push_back(stage_output(out, html));
                progress.update(i + 1);
            });
        timer.lap("handouts");
    }
    std::vector<fs::path> written;
    for (util::StagedFile& f : staged) {
        try {
            f.commit();
        } catch (const Error& e) {
            throw Error("cannot write output", e);
        }
        written.push_back(f.path());
    }
    timer.lap("outputs renamed into place");
    return written;
}

} // namespace galley
