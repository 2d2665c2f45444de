// Batch mode (--each): one book per input article, built and written in
// parallel, one failure not stopping the others.
#include "pipeline/pipeline.hpp"
#include "pipeline/progress.hpp"

#include "util/parallel.hpp"
#include "util/text.hpp"

#include <optional>
#include <set>

namespace galley {

namespace fs = std::filesystem;

namespace {

struct Built {
    std::optional<model::Book> book;
    model::Diagnostics diags;
    std::string error; // "file: message" when the book could not be built
};

// The options for the book of one input: that input only, no threads of its
// own (the books are the parallel unit) and no progress line.
Options book_options(const Options& options, const fs::path& input) {
    Options o = options;
    o.inputs = {input.string()};
    o.outputs.clear();
    o.handouts_dir.clear();
    o.jobs = 1;
    o.progress = false;
    return o;
}

// `slug`, or slug-2, slug-3... the first not taken yet.
std::string unique_slug(const std::string& slug, std::set<std::string>& taken) {
    std::string name = slug;
    for (int n = 2; !taken.insert(name).second; ++n)
        name = slug + "-" + std::to_string(n);
    return name;
}

} // namespace

std::size_t write_each(const Options& options, const fs::path& epub_dir,
                       const std::function<void(const model::Diagnostics&, const std::string&)>& report,
                       std::vector<fs::path>& written) {
    const std::vector<Input> inputs = collect_inputs(options.inputs, options.max_inputs);
    const unsigned threads = util::thread_count(options.jobs);
    pipeline::Progress progress(options.progress);
    std::size_t failed = 0;

    // Build every book; names are given in input order, so they do not
    // depend on which thread finished first.
    std::vector<std::optional<model::Book>> books(inputs.size());
    std::vector<std::string> slugs(inputs.size());
    std::set<std::string> taken;
    progress.stage("reading", inputs.size());
    util::parallel_ordered(
        inputs.size(), threads,
        [&](std::size_t i) {
            Built b;
            try {
                b.book = build_book(book_options(options, inputs[i].path), b.diags);
            } catch (const model::Error& e) {
                b.error = inputs[i].path.string() + ": " + e.what();
            }
            return b;
        },
        [&](std::size_t i, Built b) {
            report(b.diags, b.error);
            if (!b.error.empty()) {
                ++failed;
            } else {
                slugs[i] = unique_slug(util::slugify(b.book->meta.title), taken);
                books[i] = std::move(b.book);
            }
            progress.update(i + 1);
        });

    progress.stage("writing", inputs.size());
    util::parallel_ordered(
        inputs.size(), threads,
        [&](std::size_t i) {
            std::vector<fs::path> paths;
            std::string error;
            if (!books[i]) return std::make_pair(paths, error);
            Options o = book_options(options, inputs[i].path);
            o.outputs = {(epub_dir / (slugs[i] + ".epub")).string()};
            if (!options.handouts_dir.empty())
                o.outputs.push_back((fs::path(options.handouts_dir) / (slugs[i] + ".html")).string());
            try {
                paths = write_outputs(*books[i], o);
            } catch (const model::Error& e) {
                error = inputs[i].path.string() + ": " + e.what();
            }
            books[i].reset(); // written: its memory can go
            return std::make_pair(paths, error);
        },
        [&](std::size_t i, std::pair<std::vector<fs::path>, std::string> result) {
            if (!result.second.empty()) {
                report({}, result.second);
                ++failed;
            }
            written.insert(written.end(), result.first.begin(), result.first.end());
            progress.update(i + 1);
        });
    return failed;
}

} // namespace galley
