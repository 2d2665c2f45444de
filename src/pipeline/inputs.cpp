// Stage 0: which files are inputs, and in which format.
#include "pipeline/pipeline.hpp"

#include "util/file_io.hpp"
#include "util/limits.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <optional>

namespace galley {

namespace fs = std::filesystem;
using model::Error;

namespace {

std::optional<Input::Format> format_of(const fs::path& p) {
    const std::string ext = util::to_lower_ascii(p.extension().string());
    if (ext == ".txt" || ext == ".text") return Input::Format::Text;
    if (ext == ".md" || ext == ".markdown") return Input::Format::Markdown;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Input::Format::Html;
    return std::nullopt;
}

// The .txt/.md files of directory `root`, in name order. A link that leads
// out of the directory is refused: only what the user gave is published.
std::vector<Input> files_of(const std::string& root, std::size_t max_inputs) {
    const fs::path p(root);
    std::vector<Input> found;
    std::error_code ec;
    for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        const auto f = format_of(it->path());
        if (!f) continue;
        std::error_code ec_entry; // a dangling link or a link loop: not a regular file
        if (!it->is_regular_file(ec_entry)) {
            if (it->is_symlink(ec_entry))
                throw Error(it->path().string() +
                            ": a link that leads nowhere (missing target or a loop of links)");
            continue;
        }
        if (it->is_symlink(ec_entry) && !util::is_inside(it->path(), p))
            throw Error(it->path().string() + ": a link to a file outside " + root +
                        "; refused (copy the file into the folder to publish it)");
        found.push_back({it->path(), *f});
        if (found.size() > max_inputs) break;
    }
    if (ec) throw Error(root + ": cannot list directory: " + ec.message());
    std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) {
        return a.path.filename() < b.path.filename();
    });
    if (found.empty()) throw Error(root + ": no .txt, .md or .html files in this directory");
    return found;
}

} // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& given, std::size_t max_inputs) {
    const std::vector<std::string> roots =
        given.empty() ? std::vector<std::string>{"seeds"} : given;
    std::vector<Input> out;
    for (const std::string& root : roots) {
        const fs::path p(root);
        std::error_code ec;
        const fs::file_status st = fs::status(p, ec);
        if (!fs::exists(st)) throw Error(root + ": no such file or directory");
        if (fs::is_directory(st)) {
            const std::vector<Input> found = files_of(root, max_inputs);
            out.insert(out.end(), found.begin(), found.end());
        } else {
            const auto f = format_of(p);
            if (!f) throw Error(root + ": unsupported input type (expected .txt, .md or .html)");
            if (!fs::is_regular_file(st))
                throw Error(root + ": not a regular file (a device, FIFO or socket); refused");
            out.push_back({p, *f});
        }
        if (out.size() > max_inputs)
            throw Error("more than " + std::to_string(max_inputs) +
                        " input files; split the book, or raise the limit with --max-inputs "
                        "(it keeps a run's memory bounded)");
    }
    return out;
}

} // namespace galley
