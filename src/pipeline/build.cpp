// Stage 2: the book: metadata, every article, then the transforms in order.
#include "pipeline/progress.hpp"
#include "pipeline/stages.hpp"

#include "transform/assets.hpp"
#include "transform/credits.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "transform/typography.hpp"
#include "util/file_io.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace galley {

namespace fs = std::filesystem;
using model::Error;
using pipeline::read_all;
using pipeline::read_book_metadata;
using pipeline::ReadResult;
using pipeline::text_options_for;

namespace {

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

    pipeline::Progress progress(options.progress);
    progress.stage("reading", inputs.size());
    const auto read_progress = [&progress](std::size_t done) { progress.update(done); };
    for (ReadResult& r : read_all(inputs, text_options_for(options, book.meta),
                                  util::thread_count(options.jobs), read_progress)) {
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

} // namespace galley
