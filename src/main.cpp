// galley: command line -> pipeline -> exit code. Nothing else lives here.
//
// Exit status: 0 success (warnings allowed), 1 an input or output problem,
// 2 bad usage.

#include "pipeline/images.hpp"
#include "pipeline/pipeline.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include <unistd.h>

// AddressSanitizer (clang says so through __has_feature, gcc through
// __SANITIZE_ADDRESS__): leak checks want every allocation freed.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GALLEY_HAS_ASAN 1
#endif
#endif
#if !defined(GALLEY_HAS_ASAN) && defined(__SANITIZE_ADDRESS__)
#define GALLEY_HAS_ASAN 1
#endif
#ifndef GALLEY_HAS_ASAN
#define GALLEY_HAS_ASAN 0
#endif

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

const char* const description =
    "galley turns a folder of articles (plain text and Markdown) into an EPUB 3 book\n"
    "and a print-ready HTML (CSS paged media).\n"
    "INPUTs are .txt/.md files or directories (their .txt/.md files, in name order);\n"
    "with no INPUT, galley reads seeds/. With no -o, it writes out/<slug-of-title>.epub\n"
    "and out/<slug-of-title>.html.\n"
    "Exit status: 0 success (warnings allowed), 1 input or output problem, 2 bad usage.";

// Warnings on standard error, one a line, with control characters escaped
// (a file name must not forge lines or drive the terminal). With --strict
// they are errors.
// Notes (what was recognised and moved) are left out with --quiet; warnings
// always show.
void print_diagnostics(const galley::model::Diagnostics& diags, bool strict, bool quiet) {
    for (const auto& d : diags.all())
        if (!quiet || d.severity != galley::model::Diagnostic::Severity::Note)
            std::cerr << galley::printable(strict ? galley::format_as_error(d) : d.format())
                      << '\n';
}

} // namespace

int main(int argc, char** argv) {
    galley::Options options;
    CLI::App app(description, "galley");
    app.set_version_flag("-v,--version", std::string("galley ") + galley::version);
    app.add_option("INPUT", options.inputs, "Article files (.txt, .md) or directories of them")
        ->type_name("PATH");
    app.add_option("-o,--output", options.outputs,
                   "Write to FILE; the extension picks the format: .epub, .html (print), .pdf "
                   "(print, through WeasyPrint). Repeatable")
        ->type_name("FILE")
        ->allow_extra_args(false);
    app.add_option("--metadata-file", options.metadata_file,
                   "Book metadata in YAML (default: book.yaml in the first input directory)")
        ->type_name("FILE");
    app.add_option("-M,--metadata", options.metadata_overrides,
                   "Set one metadata field, overriding the metadata file (a list key given twice makes a list). "
                   "Repeatable")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false)
        ->check(
            [](const std::string& kv) {
                const std::string key = kv.substr(0, kv.find('='));
                return key.find_first_not_of(" \t") == std::string::npos
                           ? std::string("missing key before '=' in '") + kv + "'"
                           : std::string();
            },
            "KEY=VALUE");
    app.add_option("--css", options.css_file,
                   "Use this stylesheet for the EPUB instead of the built-in one")
        ->type_name("FILE");
    app.add_option(
           "--toc-depth", options.toc_depth,
           "Heading levels in the table of contents: 1 articles only, 2 with sections (default 2)")
        ->check(CLI::Range(1, 6).description(""))
        ->type_name("N");

    std::string max_image_size = "2MB";
    app.add_option("--max-image-size", max_image_size,
                   "Warn about every image larger than SIZE: 2MB (the default), 500KB or a "
                   "number of bytes; 0: never")
        ->check(
            [](const std::string& size) {
                return galley::pipeline::parse_byte_size(size)
                           ? std::string()
                           : "not a size such as 2MB, 500KB or 2000000: '" + size + "'";
            },
            "")
        ->type_name("SIZE");
    app.add_option("--downscale-images", options.downscale_images,
                   "Scale PNG and JPEG images down so their long side is at most PX pixels, "
                   "with a note for each (default: keep every image as it is)")
        ->check(CLI::NonNegativeNumber)
        ->type_name("PX");

    app.add_option("--split-size", options.split_size_kb,
                   "EPUB: split an article whose content document would exceed N KB into "
                   "several documents (default 200; 0: never)")
        ->check(CLI::Range(0, 1 << 20).description(""))
        ->type_name("N");
    app.add_option(
           "--page-size", options.page_size,
           "Print page size: A4, Letter or A5 (default: page-size in the metadata, else A4)")
        ->type_name("SIZE")
        ->check(CLI::IsMember({"A4", "Letter", "A5"}, CLI::ignore_case));
    app.add_option("--handouts", options.handouts_dir,
                   "Also write one standalone print HTML per article into DIR")
        ->type_name("DIR");
    app.add_option("--strip", options.strip,
                   "Remove paragraphs matching PATTERN (added to book.yaml's strip:); a glob on "
                   "the whole paragraph, case-insensitive, * any run, ? one character. Each "
                   "removal is reported. Repeatable")
        ->type_name("PATTERN")
        ->allow_extra_args(false);
    app.add_option("--dashes", options.dashes,
                   "Typography: ' -- ' and ' - ' between words become an em dash (em, the "
                   "default) or a spaced en dash (en)")
        ->type_name("em|en")
        ->check(CLI::IsMember({"em", "en"}));
    app.add_flag("--booklet", options.booklet,
                 "Impose .pdf outputs as a saddle-stitch booklet: A5 pages two-up on A4 "
                 "sheets (half-Letter on Letter), padded to a multiple of 4; print duplex, "
                 "flip on the short edge");
    app.add_option("--signature", options.signature,
                   "Booklet: sheets per signature (default: one signature)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--creep", options.creep,
                   "Booklet: move each inner sheet's pages this much more toward the fold, "
                   "e.g. 0.2mm")
        ->type_name("LENGTH");
    app.add_option("--qr", options.qr,
                   "QR codes on paper: none, links (each external link) or all (also each "
                   "article's source). Default: links for handouts, none for the book")
        ->type_name("none|links|all")
        ->check(CLI::IsMember({"none", "links", "all"}));
    app.add_flag("--page-list", options.page_list,
                 "EPUB: lay out the print edition with WeasyPrint and mark its page breaks "
                 "(page-list) so readers on paper and screen cite the same pages");
    app.add_flag("--run-on", options.run_on,
                 "Print: articles follow each other on the same page when there is room, "
                 "after a rule, instead of each starting a new page");
    app.add_flag("--paper-saver", options.paper_saver,
                 "Print: a denser layout for photocopies (smaller margins, type and leading)");
    bool inspect = false;
    app.add_flag("--inspect", inspect,
                 "Print what was detected in each INPUT (encoding, paragraph style, title, "
                 "headings, lists, credits, warnings) and write nothing");
    app.add_flag("--strict", options.strict,
                 "Treat every warning as an error: report them all, write nothing and exit 1");
    app.add_flag("--title-page,!--no-title-page", options.title_page,
                 "Start the book with a title page: title, subtitle, authors, publisher, date "
                 "and rights (default: on)");

    app.add_option("-j,--jobs", options.jobs,
                   "Threads reading, rendering and compressing (default: every core); the "
                   "output is the same whatever N")
        ->type_name("N")
        ->check(CLI::Range(1, 1024).description(""));
    bool each = false;
    app.add_flag("--each", each,
                 "Batch mode: every INPUT article becomes its own book, written as "
                 "DIR/<slug-of-title>.epub (-o DIR); with --handouts DIR2, also as DIR2/<slug>.html. "
                 "Failures are reported and the others go on");
    app.add_option("--max-inputs", options.max_inputs,
                   "Refuse a run of more than N input files (default 10000: the whole book is "
                   "held in memory)")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}).description(""));
    app.add_flag("--timings", options.timings,
                 "Print the wall time of each stage (reading, transforms, rendering, "
                 "compressing, writing) on stderr");
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "No progress line and no notes (warnings still show)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        std::cout << galley::version_line() << '\n';
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        std::cerr << "galley: " << e.what() << "\nTry 'galley --help' for the list of options.\n";
        return exit_usage;
    }

    options.max_image_size = *galley::pipeline::parse_byte_size(max_image_size);
    // The progress line is for a person watching: never in a pipe or a log.
    options.progress = !quiet && isatty(STDERR_FILENO) == 1;
    auto note = [quiet](const std::string& line) {
        if (!quiet) std::cerr << galley::printable(line) << '\n';
    };
    auto print_diags = [&options, quiet](const galley::model::Diagnostics& ds) {
        print_diagnostics(ds, options.strict, quiet);
    };

    galley::model::Diagnostics diags;
    try {
        if (each) {
            if (options.outputs.size() != 1)
                throw galley::UsageError("--each: give one output directory with -o DIR/");
            std::vector<std::filesystem::path> written;
            const std::size_t failed = galley::write_each(
                options, options.outputs.front(),
                [&](const galley::model::Diagnostics& ds, const std::string& error) {
                    print_diags(ds);
                    if (!error.empty()) std::cerr << "galley: " << galley::printable(error) << '\n';
                },
                written);
            for (const auto& path : written)
                note("galley: wrote " + path.string());
            if (failed > 0)
                std::cerr << "galley: " << failed << (failed == 1 ? " article" : " articles") << " failed\n";
            return failed == 0 ? exit_ok : exit_failure;
        }
        if (inspect) {
            std::string report;
            const std::size_t failed = galley::inspect(options, report);
            std::cout << report;
            return failed == 0 ? exit_ok : exit_failure;
        }
        auto book = std::make_unique<const galley::model::Book>(galley::build_book(options, diags));
        print_diags(diags);
        if (options.strict && diags.warning_count() > 0) {
            std::cerr << "galley: " << diags.warning_count()
                      << " warning(s) treated as errors (--strict); nothing written\n";
            return exit_failure;
        }
        for (const auto& path : galley::write_outputs(*book, options))
            note("galley: wrote " + path.string());
#if !GALLEY_HAS_ASAN
        // The process ends here: the system takes the whole book back at
        // once, where freeing it node by node costs a tenth of a second for
        // 10,000 articles. Sanitized builds free it, so leaks stay visible.
        (void)book.release();
#endif
    } catch (const galley::UsageError& e) {
        std::cerr << "galley: " << galley::printable(e.what()) << '\n';
        return exit_usage;
    } catch (const galley::model::Error& e) {
        print_diags(diags);
        std::cerr << "galley: " << galley::printable(e.what()) << '\n';
        return exit_failure;
    } catch (const std::exception& e) {
        std::cerr << "galley: internal error: " << galley::printable(e.what()) << '\n';
        return exit_failure;
    }
    return exit_ok;
}
