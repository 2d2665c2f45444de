#pragma once
// The only file that knows every stage: find inputs, read, transform, write.

#include "model/book.hpp"
#include "model/diagnostic.hpp"
#include "util/limits.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

struct Options {
    std::vector<std::string> inputs;             // files or directories; empty: "seeds"
    std::vector<std::string> outputs;            // by extension; empty: default_outputs()
    std::string metadata_file;                   // empty: book.yaml in the first input directory
    std::vector<std::string> metadata_overrides; // "key=value"
    std::string css_file;                        // empty: the built-in stylesheet
    int toc_depth = 2;
    int split_size_kb = 200; // EPUB: split articles over this many KB; 0: never
    std::string page_size;          // print: "A4", "Letter", "A5"; empty: the metadata's, else A4
    std::string handouts_dir;       // print: one standalone HTML per article here; empty: none
    std::vector<std::string> strip; // more `strip:` patterns (read/boilerplate.hpp)
    std::string dashes = "em";      // typography: "em" or "en" (spaced en dash)
    bool title_page = true; // EPUB: a title page before the articles
    bool strict = false;    // every warning is an error: nothing is written
    unsigned jobs = 0;      // threads reading, rendering and compressing; 0: every core
    bool progress = false;  // a progress line on stderr for long runs (pipeline/progress.hpp)
    bool timings = false;   // each stage's wall time on stderr (pipeline/timings.hpp)
    // Paper (pipeline/paper.cpp).
    bool booklet = false;          // .pdf outputs imposed as a saddle-stitch booklet
    int signature = 0;             // booklet: sheets per signature; 0: one signature
    std::string creep;             // booklet: creep per sheet, e.g. "0.2mm"; empty: none
    std::string qr;                // "none", "links", "all"; empty: links for handouts, none for the book
    bool page_list = false;        // EPUB: page-list of the print edition (laid out by WeasyPrint)
    bool paper_saver = false;      // print: smaller margins and leading
    std::uint64_t max_image_size = 2u << 20; // warn about an image over this many bytes; 0: never
    int downscale_images = 0;      // PNG/JPEG images scaled down to this long side in pixels; 0: never
    bool run_on = false;           // print: articles follow each other, no new page each
    std::size_t max_inputs = util::limits::max_inputs; // more input files than this: an error
};

// An input file, read in this order.
struct Input {
    std::filesystem::path path;
    enum class Format { Text, Markdown, Html } format;
};

// Expands directories into their .txt/.md files (name order). Throws
// model::Error naming the path that does not exist or cannot be read, or
// when there are more than `max_inputs` files.
std::vector<Input> collect_inputs(const std::vector<std::string>& inputs,
                                  std::size_t max_inputs = util::limits::max_inputs);

// Reads metadata and every input (in parallel; results and diagnostics are
// merged in input order) and applies the transforms.
model::Book build_book(const Options& options, model::Diagnostics& diags);

// What the readers detected in every input (encoding, paragraph style,
// title, headings, lists, credits, diagnostics), as text for `--inspect`.
// Reads like build_book and writes nothing. A file that cannot be read is
// reported in the text and counted: returns the number of such files.
std::size_t inspect(const Options& options, std::string& report);

// Writes every requested output atomically (.epub, print .html, .pdf through
// WeasyPrint, and the handouts); returns the paths written. Throws
// UsageError for an unknown output type or page size, model::Error when a
// file cannot be written or WeasyPrint is missing or fails.
std::vector<std::filesystem::path> write_outputs(const model::Book& book, const Options& options);

// Batch mode (--each): every input article becomes its own book, written as
// EPUB_DIR/<slug>.epub and, when options.handouts_dir is set, as the print
// HTML HANDOUTS_DIR/<slug>.html; the slug is the article's title's, made
// unique in input order (-2, -3...). Books are built and written on
// options.jobs threads; `report` gets each book's diagnostics and, for a book
// that failed, its error ("file: message"), in input order; the others go on.
// Returns the number of articles that failed; throws
// model::Error only when the inputs cannot be listed.
std::size_t write_each(const Options& options, const std::filesystem::path& epub_dir,
                       const std::function<void(const model::Diagnostics&, const std::string&)>& report,
                       std::vector<std::filesystem::path>& written);

// The outputs written when none is asked for: out/<slug-of-title>.epub and
// out/<slug-of-title>.html.
std::vector<std::string> default_outputs(const model::Book& book);

// `message` fit for one line of a terminal: control characters (newlines,
// escapes, C1 controls) and invalid UTF-8 bytes become visible escapes
// ("\n", "\x1b"); everything else, non-ASCII letters included, is kept.
std::string printable(std::string_view message);

// "file:line: error: message": a warning reported as an error (--strict).
std::string format_as_error(const model::Diagnostic& d);

// Thrown for requests that are malformed rather than failing (exit status 2).
class UsageError : public model::Error {
  public:
    using model::Error::Error;
};

} // namespace galley
