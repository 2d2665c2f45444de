// Fuzz target: the whole pipeline, from bytes to a serialised EPUB in
// memory. The input is a small archive of files, each opened by a line
// "%%% NAME" (bytes before the first such line are "in.md"): "book.yaml" is
// the book's metadata, "*.md" Markdown and any other name plain text, read
// in order (at most 8 articles). The book goes through the transforms and
// the EPUB writer; check_book opens the zip again and parses every XML file.

#include "fuzz_support.hpp"
#include "read/markdown/markdown_reader.hpp"
#include "read/metadata/metadata_reader.hpp"
#include "read/source_text.hpp"
#include "read/text/text_reader.hpp"

#include <string>
#include <utility>
#include <vector>

namespace {

using namespace galley;

struct File {
    std::string name;
    std::string_view bytes;
};

std::vector<File> split_archive(std::string_view input) {
    constexpr std::string_view marker = "%%% ";
    std::vector<File> files;
    File current{"in.md", {}};
    std::size_t start = 0;
    std::size_t line = 0;
    while (line <= input.size()) {
        const std::size_t nl = std::min(input.find('\n', line), input.size());
        if (input.substr(line, marker.size()) == marker) {
            current.bytes = input.substr(start, line - start);
            if (!current.bytes.empty() || !files.empty() || current.name != "in.md")
                files.push_back(current);
            current = {std::string(input.substr(line + marker.size(), nl - line - marker.size())),
                       {}};
            start = std::min(nl + 1, input.size());
        }
        line = nl + 1;
    }
    current.bytes = input.substr(start);
    files.push_back(current);
    return files;
}

bool ends_with(std::string_view s, std::string_view end) {
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    model::Diagnostics diags;
    model::Book book;
    try {
        const std::vector<File> files = split_archive(fuzz::as_text(data, size));
        for (const File& f : files)
            if (f.name == "book.yaml")
                read::read_metadata(f.bytes, f.name, book.meta, &book.credits, diags);
        read::TextOptions text_options;
        text_options.strip = book.meta.strip;
        for (const File& f : files) {
            if (f.name == "book.yaml" || book.articles.size() == 8) continue;
            const bool markdown = ends_with(f.name, ".md");
            const read::SourceText src = read::decode_source(
                f.bytes, f.name, diags, markdown ? read::NulBytes::Replace : read::NulBytes::Binary);
            book.articles.push_back(markdown ? read::read_markdown(src, diags)
                                             : read::read_text(src, text_options, diags));
        }
        if (book.articles.empty()) return 0; // galley: "no input"
        book.modified_epoch = 1700000000;
        fuzz::check_book(book, diags);
    } catch (const model::Error&) {
        // Bad metadata, front matter or a binary input: galley exits 1.
    }
    fuzz::check_diagnostics(diags);
    return 0;
}
