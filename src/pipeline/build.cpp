// Stage 2: the book: metadata, every article, then the transforms in order.
#include "pipeline/images.hpp"
#include "pipeline/progress.hpp"
#include "pipeline/timings.hpp"
#include "pipeline/stages.hpp"

#include "transform/all.hpp"
#include "transform/assets.hpp"
#include "transform/credits.hpp"
#include "transform/figures.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "transform/stylesheet.hpp"
#include "transform/notes.hpp"
#include "transform/typography.hpp"
#include "util/file_io.hpp"
#include "util/limits.hpp"
#include "write/svg_image.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

namespace galley {

namespace fs = std::filesystem;
using model::Error;
using pipeline::read_all;
using pipeline::read_book_metadata;
using pipeline::ReadResult;
using pipeline::text_options_for;

namespace {

// The last second a four-digit year can show: 9999-12-31T23:59:59Z.
constexpr long long last_epoch = 253402300799;

// SOURCE_DATE_EPOCH: a whole number of seconds from 1970 to 9999. Anything
// else is an error rather than a date the package cannot state.
std::optional<long long> parse_epoch(const char* s) {
    if (!s || !*s) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(s, &end, 10);
    if (*end != '\0' || v < 0 || v > last_epoch || errno == ERANGE)
        throw Error(std::string("SOURCE_DATE_EPOCH='") + s +
                    "': not a number of seconds between 1970 and the end of year 9999");
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
// its name (article.jpg beside article.txt), if there is one. Each folder is
// listed once, so a folder of 10,000 articles costs one listing, not ten
// look-ups per article.
void find_lead_images(model::Book& book) {
    static const char* const extensions[] = {".jpg", ".jpeg", ".png", ".gif", ".svg",
                                             ".JPG", ".JPEG", ".PNG", ".GIF", ".SVG"};
    std::map<std::string, std::set<std::string>> listed; // folder -> its file names
    auto names_in = [&listed](const fs::path& folder) -> const std::set<std::string>& {
        auto [it, fresh] = listed.try_emplace(folder.string());
        if (!fresh) return it->second;
        std::error_code ec;
        for (fs::directory_iterator d(folder.empty() ? fs::path(".") : folder, ec), end;
             !ec && d != end; d.increment(ec))
            it->second.insert(d->path().filename().string());
        return it->second;
    };
    for (model::Article& a : book.articles) {
        if (!a.lead_image.empty() || a.source.file.empty()) continue;
        const fs::path article(a.source.file.str());
        const std::set<std::string>& names = names_in(article.parent_path());
        for (const char* ext : extensions) {
            fs::path candidate = article;
            candidate.replace_extension(ext);
            if (!names.count(candidate.filename().string())) continue;
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
// SVG images are cleaned (write/svg_image.hpp); what is removed is reported.
transform::ImageLoader image_loader(std::vector<fs::path>& files, model::Diagnostics& diags) {
    return [&files, &diags](const std::string& path, const std::string& root,
                            const model::SourcePos& where) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            throw transform::ImageUnavailable("image '" + path + "' not found");
        if (!util::is_inside(path, root))
            throw transform::ImageUnavailable("image '" + path +
                                              "' leads outside the input folder");
        files.push_back(path);
        std::string bytes;
        try {
            bytes = util::read_file(path, util::limits::max_image_bytes);
        } catch (const Error& e) {
            throw transform::ImageUnavailable(e.what());
        }
        if (transform::sniff_media_type(bytes) != "image/svg+xml") return bytes;
        write::CleanSvg svg = write::clean_svg(bytes);
        if (!svg.ok)
            throw transform::ImageUnavailable("'" + path + "' is not a well-formed SVG image (" +
                                              svg.error + ")");
        for (const std::string& what : svg.removed)
            diags.warn(where, "'" + path + "': removed " + what +
                                  " (an EPUB image runs no code and refers only to itself)");
        return std::move(svg.svg);
    };
}

// The user's stylesheet, checked: --css FILE (any file the user names), else
// the metadata's `css:` files, which follow the rule for images: inside the
// folder of the file naming them (for -M, the working directory), links
// followed. Empty when there is none.
std::string load_stylesheet(const Options& options, const model::Metadata& meta,
                            const fs::path& meta_path, model::Diagnostics& diags) {
    const auto limit = util::limits::max_stylesheet_bytes;
    if (!options.css_file.empty())
        return transform::check_stylesheet(util::read_file(options.css_file, limit),
                                           options.css_file, diags);
    model::SourcePos where = meta.stylesheets_pos;
    if (where.file.empty()) where.file = meta_path.string();
    const std::string folder = fs::path(where.file.str()).parent_path().string();
    std::string css;
    for (const std::string& given : meta.stylesheets) {
        const auto path = transform::resolve_image_path(where.file.str(), given);
        if (!path)
            throw Error(where, "stylesheet '" + given +
                                   "' is outside the folder of the file that names it; "
                                   "give it with --css to use it");
        std::error_code ec;
        if (!fs::exists(*path, ec)) throw Error(where, "stylesheet '" + *path + "' not found");
        if (!util::is_inside(*path, folder))
            throw Error(where, "stylesheet '" + *path + "' leads outside the folder of the file "
                                                        "that names it");
        try {
            css += transform::check_stylesheet(util::read_file(*path, limit), *path, diags) + "\n";
        } catch (const Error& e) {
            throw Error(where, e.what());
        }
    }
    return css;
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
    pipeline::StageTimer timer(options.timings);
    const transform::TypographyOptions typography = typography_options_for(options);
    const std::vector<Input> inputs = collect_inputs(options.inputs, options.max_inputs);
    std::vector<fs::path> files;
    for (const Input& in : inputs)
        files.push_back(in.path);

    const fs::path meta_path = read_book_metadata(options, book.meta, &book.credits, diags);
    if (!meta_path.empty()) files.push_back(meta_path);
    book.stylesheet = load_stylesheet(options, book.meta, meta_path, diags);

    pipeline::Progress progress(options.progress);
    progress.stage("reading", inputs.size());
    const auto read_progress = [&progress](std::size_t done) { progress.update(done); };
    for (ReadResult& r : read_all(inputs, text_options_for(options, book.meta),
                                  util::thread_count(options.jobs), read_progress)) {
        if (r.error) std::rethrow_exception(r.error);
        diags.append(r.diags);
        book.articles.push_back(std::move(r.article));
    }

    timer.lap("reading");
    transform::apply_file_metadata(book.meta, meta_path.string(), book.articles, diags);
    find_lead_images(book);
    transform::embed_images(book, meta_path.string(), image_loader(files, diags), diags);
    timer.lap("images");
    transform::apply_transforms(book, typography, diags, util::thread_count(options.jobs));
    pipeline::limit_image_size(book, options.downscale_images, diags);
    pipeline::warn_large_images(book, options.max_image_size, options.downscale_images, diags);
    book.modified_epoch = choose_modified(book.meta, files);
    timer.lap("transforms");
    return book;
}

} // namespace galley
