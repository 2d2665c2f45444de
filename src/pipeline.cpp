#include "pipeline.hpp"

#include "inspect.hpp"
#include "read/markdown_reader.hpp"
#include "read/metadata_reader.hpp"
#include "read/source_text.hpp"
#include "read/text_reader.hpp"
#include "transform/assets.hpp"
#include "transform/credits.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "transform/typography.hpp"
#include "util/file_io.hpp"
#include "util/process.hpp"
#include "util/text.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/zip_sink.hpp"
#include "write/print/print_writer.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <thread>

namespace galley {

namespace fs = std::filesystem;
using model::Error;

namespace {

std::optional<Input::Format> format_of(const fs::path& p) {
    const std::string ext = util::to_lower_ascii(p.extension().string());
    if (ext == ".txt" || ext == ".text") return Input::Format::Text;
    if (ext == ".md" || ext == ".markdown") return Input::Format::Markdown;
    return std::nullopt;
}

struct ReadResult {
    model::Article article;
    model::Diagnostics diags;
    std::string encoding;
    read::TextReport text_report; // plain-text inputs only
    std::exception_ptr error;
};

ReadResult read_one(const Input& in, const read::TextOptions& text_options) {
    ReadResult r;
    try {
        const std::string name = in.path.string();
        const std::string bytes = util::read_file(in.path);
        const bool markdown = in.format == Input::Format::Markdown;
        // CommonMark replaces NUL with U+FFFD; for plain text it means binary.
        const read::SourceText src = read::decode_source(
            bytes, name, r.diags, markdown ? read::NulBytes::Replace : read::NulBytes::Binary);
        r.encoding = src.encoding;
        r.article = markdown ? read::read_markdown(src, r.diags)
                             : read::read_text(src, text_options, r.diags, &r.text_report);
    } catch (...) {
        r.error = std::current_exception();
    }
    return r;
}

// Reads all inputs on up to two worker threads (the machines we target have
// two cores); each result lands in its own slot, so order is deterministic.
std::vector<ReadResult> read_all(const std::vector<Input>& inputs,
                                 const read::TextOptions& text_options) {
    std::vector<ReadResult> results(inputs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();)
            results[i] = read_one(inputs[i], text_options);
    };
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t n_threads = std::min<std::size_t>({hw, 2, inputs.size()});
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < n_threads; ++t)
        threads.emplace_back(work);
    work();
    for (auto& t : threads)
        t.join();
    return results;
}

std::optional<long long> parse_epoch(const char* s) {
    if (!s || !*s) return std::nullopt;
    char* end = nullptr;
    const long long v = std::strtoll(s, &end, 10);
    if (*end != '\0' || v < 0) return std::nullopt;
    return v;
}

// "2020-08-05" (or a longer ISO date) at 00:00 UTC.
std::optional<long long> epoch_of_date(const std::string& date) {
    int y = 0, mo = 1, d = 1;
    if (std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &mo, &d) < 1 || y < 1970) return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
    // Days from civil (Howard Hinnant's algorithm).
    y -= mo <= 2;
    const long long era = y / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + doe - 719468) * 86400;
}

long long newest_mtime(const std::vector<fs::path>& files) {
    long long newest = 0;
    for (const fs::path& f : files) {
        std::error_code ec;
        const auto t = fs::last_write_time(f, ec);
        if (ec) continue;
        const auto sys = std::chrono::file_clock::to_sys(t);
        newest = std::max<long long>(
            newest,
            std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count());
    }
    return newest;
}

// SOURCE_DATE_EPOCH, else the metadata date, else the newest input's mtime:
// never the clock, so rebuilding the same inputs gives the same bytes.
long long choose_modified(const model::Metadata& meta, const std::vector<fs::path>& files) {
    if (auto e = parse_epoch(std::getenv("SOURCE_DATE_EPOCH"))) return *e;
    if (auto e = epoch_of_date(meta.date)) return *e;
    return newest_mtime(files);
}

fs::path find_metadata_file(const Options& options) {
    if (!options.metadata_file.empty()) {
        std::error_code ec;
        if (!fs::is_regular_file(options.metadata_file, ec))
            throw Error(options.metadata_file + ": metadata file not found");
        return options.metadata_file;
    }
    const std::string first =
        options.inputs.empty() ? std::string("seeds") : options.inputs.front();
    std::error_code ec;
    if (fs::is_directory(first, ec) && fs::is_regular_file(fs::path(first) / "book.yaml", ec))
        return fs::path(first) / "book.yaml";
    return {};
}

// An article without a lead image gets the image file beside it that shares
// its name (article.jpg beside article.txt), if there is one.
void find_lead_images(model::Book& book) {
    static const char* const extensions[] = {".jpg", ".jpeg", ".png", ".gif", ".svg",
                                             ".JPG", ".JPEG", ".PNG", ".GIF", ".SVG"};
    for (model::Article& a : book.articles) {
        if (!a.lead_image.empty() || a.source.file.empty()) continue;
        const fs::path article(a.source.file);
        for (const char* ext : extensions) {
            fs::path candidate = article;
            candidate.replace_extension(ext);
            std::error_code ec;
            if (!fs::is_regular_file(candidate, ec)) continue;
            a.lead_image.src = candidate.filename().string();
            a.lead_image.pos = {a.source.file, 0};
            break;
        }
    }
}

// Loads an image for the asset transform, refusing files that a link leads
// out of the folder of the file referring to them; records what it read, so
// the newest input's mtime covers images too.
transform::ImageLoader image_loader(std::vector<fs::path>& files) {
    return
        [&files](const std::string& path, const std::string& root, const model::SourcePos& where) {
            std::error_code ec;
            if (!fs::is_regular_file(path, ec))
                throw Error(where, "image '" + path + "' not found");
            std::error_code ec_root;
            const fs::path real = fs::weakly_canonical(path, ec);
            const fs::path real_root = fs::weakly_canonical(root, ec_root);
            const auto rel = real.lexically_relative(real_root);
            if (ec || ec_root || rel.empty() || *rel.begin() == "..")
                throw Error(where, "image '" + path + "' leads outside the input folder");
            files.push_back(path);
            try {
                return util::read_file(path, 64u << 20);
            } catch (const Error& e) {
                throw Error(where, e.what());
            }
        };
}

// `css:` paths are relative to the metadata file; the writer gets them
// resolved.
void resolve_stylesheets(model::Metadata& meta, const fs::path& meta_path) {
    for (std::string& css : meta.stylesheets)
        if (fs::path(css).is_relative()) css = (meta_path.parent_path() / css).string();
}

} // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& given) {
    const std::vector<std::string> roots =
        given.empty() ? std::vector<std::string>{"seeds"} : given;
    std::vector<Input> out;
    for (const std::string& root : roots) {
        const fs::path p(root);
        std::error_code ec;
        const fs::file_status st = fs::status(p, ec);
        if (!fs::exists(st)) throw Error(root + ": no such file or directory");
        if (fs::is_directory(st)) {
            std::vector<Input> found;
            for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
                if (!it->is_regular_file(ec)) continue;
                if (auto f = format_of(it->path())) found.push_back({it->path(), *f});
            }
            if (ec) throw Error(root + ": cannot list directory: " + ec.message());
            std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) {
                return a.path.filename() < b.path.filename();
            });
            if (found.empty()) throw Error(root + ": no .txt or .md files in this directory");
            out.insert(out.end(), found.begin(), found.end());
        } else {
            const auto f = format_of(p);
            if (!f) throw Error(root + ": unsupported input type (expected .txt or .md)");
            out.push_back({p, *f});
        }
    }
    return out;
}

namespace {

// Metadata from the metadata file and -M overrides; returns the file read.
// Reads book.yaml (or --metadata-file) and the -M overrides; book-level
// credits go to `credits`. Returns the metadata file's path, or empty.
fs::path read_book_metadata(const Options& options, model::Metadata& meta,
                            std::vector<model::Credit>* credits, model::Diagnostics& diags) {
    const fs::path meta_path = find_metadata_file(options);
    if (!meta_path.empty())
        read::read_metadata(util::read_file(meta_path, 16u << 20), meta_path.string(), meta,
                            credits, diags);
    read::apply_metadata_overrides(options.metadata_overrides, meta);
    return meta_path;
}

read::TextOptions text_options_for(const Options& options, const model::Metadata& meta) {
    read::TextOptions t;
    t.strip = meta.strip;
    t.strip.insert(t.strip.end(), options.strip.begin(), options.strip.end());
    return t;
}

transform::TypographyOptions typography_options_for(const Options& options) {
    transform::TypographyOptions t;
    if (options.dashes == "en")
        t.dashes = transform::DashStyle::SpacedEn;
    else if (options.dashes != "em")
        throw UsageError("--dashes: expected 'em' or 'en', got '" + options.dashes + "'");
    return t;
}

} // namespace

model::Book build_book(const Options& options, model::Diagnostics& diags) {
    model::Book book;
    const transform::TypographyOptions typography = typography_options_for(options);
    const std::vector<Input> inputs = collect_inputs(options.inputs);
    std::vector<fs::path> files;
    for (const Input& in : inputs)
        files.push_back(in.path);

    const fs::path meta_path = read_book_metadata(options, book.meta, &book.credits, diags);
    if (!meta_path.empty()) files.push_back(meta_path);
    resolve_stylesheets(book.meta, meta_path);

    for (ReadResult& r : read_all(inputs, text_options_for(options, book.meta))) {
        if (r.error) std::rethrow_exception(r.error);
        diags.append(r.diags);
        book.articles.push_back(std::move(r.article));
    }

    find_lead_images(book);
    transform::embed_images(book, meta_path.string(), image_loader(files), diags);
    transform::complete_metadata(book, diags);
    transform::apply_typography(book, typography);
    transform::assign_ids(book);
    transform::place_credits(book, diags);
    book.modified_epoch = choose_modified(book.meta, files);
    return book;
}

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
    write::print::PrintOptions print_options;
    if (print) print_options.page_size = page_size(book, options);

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
                write_pdf(out, weasyprint, print_html);
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
            write::print::PrintOptions handout = print_options;
            handout.handout = i;
            std::string html;
            write::print::write_print_html(book, html, handout);
            write_output(out, html);
            written.push_back(out);
        }
    }
    return written;
}

std::size_t inspect(const Options& options, std::string& report) {
    model::Metadata meta;
    std::vector<model::Credit> book_credits;
    model::Diagnostics meta_diags;
    read_book_metadata(options, meta, &book_credits, meta_diags);
    const std::vector<Input> inputs = collect_inputs(options.inputs);
    std::vector<ReadResult> results = read_all(inputs, text_options_for(options, meta));
    std::vector<InspectedFile> files;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        ReadResult& r = results[i];
        InspectedFile f;
        f.path = inputs[i].path.string();
        f.format = inputs[i].format == Input::Format::Markdown ? "Markdown" : "plain text";
        if (r.error) {
            try {
                std::rethrow_exception(r.error);
            } catch (const std::exception& e) {
                f.error = e.what();
            }
        }
        f.encoding = r.encoding;
        f.paragraph_style = r.text_report.paragraph_style;
        f.title_line = r.text_report.title_line;
        f.article = std::move(r.article);
        f.diagnostics = r.diags.all();
        files.push_back(std::move(f));
    }
    report = format_inspection(meta_diags.all(), files);
    return static_cast<std::size_t>(std::count_if(
        files.begin(), files.end(), [](const InspectedFile& f) { return !f.error.empty(); }));
}

} // namespace galley
