#include "pipeline.hpp"

#include "read/markdown_reader.hpp"
#include "read/metadata_reader.hpp"
#include "read/source_text.hpp"
#include "read/text_reader.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "util/file_io.hpp"
#include "util/text.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/zip_sink.hpp"

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
    std::exception_ptr error;
};

ReadResult read_one(const Input& in) {
    ReadResult r;
    try {
        const std::string name = in.path.string();
        const std::string bytes = util::read_file(in.path);
        const read::SourceText src = read::decode_source(bytes, name, r.diags);
        r.article = in.format == Input::Format::Markdown ? read::read_markdown(src, r.diags)
                                                         : read::read_text(src, r.diags);
    } catch (...) {
        r.error = std::current_exception();
    }
    return r;
}

// Reads all inputs on up to two worker threads (the machines we target have
// two cores); each result lands in its own slot, so order is deterministic.
std::vector<ReadResult> read_all(const std::vector<Input>& inputs) {
    std::vector<ReadResult> results(inputs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();)
            results[i] = read_one(inputs[i]);
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

model::Book build_book(const Options& options, model::Diagnostics& diags) {
    model::Book book;
    const std::vector<Input> inputs = collect_inputs(options.inputs);
    std::vector<fs::path> files;
    for (const Input& in : inputs)
        files.push_back(in.path);

    const fs::path meta_path = find_metadata_file(options);
    if (!meta_path.empty()) {
        files.push_back(meta_path);
        read::read_metadata(util::read_file(meta_path, 16u << 20), meta_path.string(), book.meta,
                            diags);
    }
    read::apply_metadata_overrides(options.metadata_overrides, book.meta);

    for (ReadResult& r : read_all(inputs)) {
        if (r.error) std::rethrow_exception(r.error);
        diags.append(r.diags);
        book.articles.push_back(std::move(r.article));
    }

    transform::complete_metadata(book, diags);
    transform::assign_ids(book);
    book.modified_epoch = choose_modified(book.meta, files);
    return book;
}

std::vector<std::string> default_outputs(const model::Book& book) {
    return {(fs::path("out") / (util::slugify(book.meta.title) + ".epub")).string()};
}

std::vector<fs::path> write_outputs(const model::Book& book, const Options& options) {
    const std::vector<std::string> outputs =
        options.outputs.empty() ? default_outputs(book) : options.outputs;
    write::epub::EpubOptions epub_options;
    epub_options.toc_depth = options.toc_depth;
    epub_options.title_page = options.title_page;
    if (!options.css_file.empty()) epub_options.css = util::read_file(options.css_file, 4u << 20);

    // Check every request before writing anything, so a bad one leaves no
    // partial set of outputs behind.
    for (const std::string& out : outputs) {
        const std::string ext = util::to_lower_ascii(fs::path(out).extension().string());
        if (ext != ".epub")
            throw UsageError(out + ": unsupported output format '" + ext + "' (supported: .epub)");
    }
    std::vector<fs::path> written;
    for (const std::string& out : outputs) {
        write::epub::ZipSink zip(book.modified_epoch);
        write::epub::write_epub(book, zip, epub_options);
        try {
            util::write_file_atomic(out, zip.finish());
        } catch (const Error& e) {
            throw Error("cannot write output", e);
        }
        written.emplace_back(out);
    }
    return written;
}

} // namespace galley
