// Stage 1: read every input (in parallel) and the book's metadata.
#include "pipeline/stages.hpp"

#include "read/html/html_reader.hpp"
#include "read/html/page_charset.hpp"
#include "read/markdown/markdown_reader.hpp"
#include "read/metadata/metadata_reader.hpp"
#include "read/source_text.hpp"
#include "util/file_io.hpp"
#include "util/limits.hpp"
#include "util/parallel.hpp"

namespace galley::pipeline {

namespace fs = std::filesystem;
using model::Error;

namespace {

ReadResult read_one(const Input& in, const read::TextOptions& text_options) {
    ReadResult r;
    try {
        const std::string name = in.path.string();
        const std::string bytes = util::read_file(in.path, util::limits::max_input_bytes);
        if (in.format == Input::Format::Html) {
            const read::SourceText page = read::html::decode_page(bytes, name, r.diags);
            r.encoding = page.encoding;
            r.article = read::read_html(page, r.diags, &r.html_report);
            return r;
        }
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

} // namespace

// Each result lands in its own slot, so order is deterministic.
std::vector<ReadResult> read_all(const std::vector<Input>& inputs,
                                 const read::TextOptions& text_options, unsigned threads,
                                 const std::function<void(std::size_t)>& progress) {
    std::vector<ReadResult> results(inputs.size());
    util::parallel_ordered(
        inputs.size(), threads, [&](std::size_t i) { return read_one(inputs[i], text_options); },
        [&](std::size_t i, ReadResult r) {
            results[i] = std::move(r);
            if (progress) progress(i + 1);
        });
    return results;
}

namespace {

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

// Metadata from the metadata file and -M overrides; returns the file read.
// Reads book.yaml (or --metadata-file) and the -M overrides; book-level
// credits go to `credits`. Returns the metadata file's path, or empty.
fs::path read_book_metadata(const Options& options, model::Metadata& meta,
                            std::vector<model::Credit>* credits, model::Diagnostics& diags) {
    const fs::path meta_path = find_metadata_file(options);
    if (!meta_path.empty())
        read::read_metadata(util::read_file(meta_path, util::limits::max_metadata_bytes), meta_path.string(), meta,
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

} // namespace galley::pipeline
