#pragma once
// `galley --inspect`: what the readers detected, as a plain-text report.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/text/text_reader.hpp"
#include "read/html/html_reader.hpp"

#include <string>
#include <vector>

namespace galley {

struct InspectedFile {
    std::string path;
    std::string format;          // "plain text", "Markdown"
    std::string encoding;        // as decoded
    std::string paragraph_style; // plain text only
    int title_line = 0;          // plain text only
    read::TextReport text;       // plain text only: what the reader decided, and why
    // Where the EPUB splits the article (the first block of each later part's
    // line and text), and the limit in bytes.
    std::vector<std::pair<model::SourcePos, std::string>> split_points;
    std::size_t split_limit = 0;
    read::HtmlReport html;       // web pages only
    std::string error; // why the file could not be read ("f.txt:3: error: ..."); nothing else set
    model::Article article;
    std::vector<model::Diagnostic> diagnostics;
};

// One section per file: encoding, paragraph style, title, then every
// heading, list, block quote and scene break with its line, the credits,
// the paragraph count and the diagnostics (file:line: ...). Diagnostics of
// the metadata file come first.
std::string format_inspection(const std::vector<model::Diagnostic>& metadata_diagnostics,
                              const std::vector<InspectedFile>& files);

} // namespace galley
