// Stage 0: which files are inputs, and in which format.
#include "pipeline/pipeline.hpp"

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
            if (found.empty()) throw Error(root + ": no .txt, .md or .html files in this directory");
            out.insert(out.end(), found.begin(), found.end());
        } else {
            const auto f = format_of(p);
            if (!f) throw Error(root + ": unsupported input type (expected .txt, .md or .html)");
            out.push_back({p, *f});
        }
    }
    return out;
}

} // namespace galley
