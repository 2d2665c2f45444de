#pragma once
// Internal to the pipeline folder: what one stage hands the next. The public
// entry points are in pipeline/pipeline.hpp.

#include "model/article.hpp"
#include "model/credit.hpp"
#include "model/diagnostic.hpp"
#include "model/metadata.hpp"
#include "pipeline/pipeline.hpp"
#include "read/html/html_reader.hpp"
#include "read/text/text_reader.hpp"

#include <cstddef>
#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace galley::pipeline {

// One input as read: the article, its diagnostics, or the error that stopped it.
struct ReadResult {
    model::Article article;
    model::Diagnostics diags;
    std::string encoding;
    read::TextReport text_report; // plain-text inputs only
    read::HtmlReport html_report; // web pages only
    std::exception_ptr error;
};

// Reads every input on `threads` threads; results are in input order,
// whatever the threads did, so the book is deterministic. `progress`, when
// set, is called with the count read so far.
std::vector<ReadResult> read_all(const std::vector<Input>& inputs,
                                 const read::TextOptions& text_options, unsigned threads,
                                 const std::function<void(std::size_t)>& progress = {});

// Reads book.yaml (or --metadata-file) and the -M overrides; book-level
// credits go to `credits`. Returns the metadata file's path, or empty.
std::filesystem::path read_book_metadata(const Options& options, model::Metadata& meta,
                                         std::vector<model::Credit>* credits,
                                         model::Diagnostics& diags);

// The plain-text reader's options: the metadata's and the command line's
// `strip:` patterns.
read::TextOptions text_options_for(const Options& options, const model::Metadata& meta);

} // namespace galley::pipeline
