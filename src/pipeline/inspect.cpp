// `--inspect`: read like build_book, report, write nothing.
#include "pipeline/inspect_report.hpp"
#include "pipeline/stages.hpp"
#include "transform/metadata.hpp"
#include "write/epub/split.hpp"

#include "util/parallel.hpp"

#include <algorithm>

namespace galley {

using pipeline::read_all;
using pipeline::read_book_metadata;
using pipeline::ReadResult;
using pipeline::text_options_for;

std::size_t inspect(const Options& options, std::string& report) {
    model::Metadata meta;
    std::vector<model::Credit> book_credits;
    model::Diagnostics meta_diags;
    const auto meta_path = read_book_metadata(options, meta, &book_credits, meta_diags);
    const std::vector<Input> inputs = collect_inputs(options.inputs, options.max_inputs);
    std::vector<ReadResult> results = read_all(inputs, text_options_for(options, meta), util::thread_count(options.jobs));
    {
        // book.yaml's `files:` entries, as build_book applies them.
        std::vector<model::Article> articles;
        for (ReadResult& r : results)
            articles.push_back(std::move(r.article));
        transform::apply_file_metadata(meta, meta_path.string(), articles, meta_diags);
        for (std::size_t i = 0; i < results.size(); ++i)
            results[i].article = std::move(articles[i]);
    }
    std::vector<InspectedFile> files;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        ReadResult& r = results[i];
        InspectedFile f;
        f.path = inputs[i].path.string();
        f.format = inputs[i].format == Input::Format::Markdown ? "Markdown"
                   : inputs[i].format == Input::Format::Html   ? "HTML"
                                                               : "plain text";
        f.html = std::move(r.html_report);
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
        f.text = r.text_report;
        f.split_limit = static_cast<std::size_t>(options.split_size_kb) * 1024;
        const auto parts = write::epub::split_article(r.article, f.split_limit);
        for (std::size_t k = 1; k < parts.size(); ++k) {
            const model::Block& b = r.article.blocks[parts[k].first];
            f.split_points.emplace_back(b.pos, model::plain_text(b.inlines).substr(0, 60));
        }
        f.article = std::move(r.article);
        f.diagnostics = r.diags.all();
        files.push_back(std::move(f));
    }
    report = format_inspection(meta_diags.all(), files);
    return static_cast<std::size_t>(std::count_if(
        files.begin(), files.end(), [](const InspectedFile& f) { return !f.error.empty(); }));
}

} // namespace galley
