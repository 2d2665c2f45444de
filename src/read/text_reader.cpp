#include "read/text_reader.hpp"

#include "util/text.hpp"

#include <string>
#include <vector>

namespace galley::read {

namespace {

using model::Article;
using model::SourcePos;

// A run of non-blank lines, with the line number of its first line.
struct Chunk {
    int line = 0;
    std::vector<std::string_view> lines;
};

std::vector<Chunk> split_chunks(std::string_view text) {
    std::vector<Chunk> chunks;
    Chunk current;
    int line_no = 0;
    for (std::string_view line : util::split_lines(text)) {
        ++line_no;
        if (util::trim(line).empty()) {
            if (!current.lines.empty()) chunks.push_back(std::move(current));
            current = Chunk{};
            continue;
        }
        if (current.lines.empty()) current.line = line_no;
        current.lines.push_back(line);
    }
    if (!current.lines.empty()) chunks.push_back(std::move(current));
    return chunks;
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
    if (s[i] == ' ' || s[i] == '\t') {
        width = 1;
        return true;
    }
    // U+00A0 NO-BREAK SPACE: scrapers leave it where the page had &nbsp;.
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
        width = 2;
        return true;
    }
    return false;
}

// Joins lines with one space and collapses every run of spaces, tabs and
// no-break spaces to a single space.
std::string collapse_spaces(const std::vector<std::string_view>& lines) {
    std::string out;
    bool pending = false;
    for (std::string_view line : lines) {
        line = util::trim(line);
        if (!out.empty()) pending = true;
        std::size_t i = 0;
        while (i < line.size()) {
            std::size_t width = 0;
            if (is_space_at(line, i, width)) {
                pending = true;
                i += width;
                continue;
            }
            if (pending && !out.empty()) out += ' ';
            pending = false;
            out += line[i++];
        }
    }
    return out;
}

} // namespace

Article read_text(const SourceText& src, model::Diagnostics& diags) {
    Article article;
    article.source = SourcePos{src.path, 0};
    std::vector<Chunk> chunks = split_chunks(src.text);
    if (chunks.empty()) {
        diags.warn({src.path, 0}, "empty article: no text found");
        article.title = "Untitled";
        return article;
    }

    // Title: the first non-empty line. The rest of its chunk, if any, is body.
    Chunk& first = chunks.front();
    article.title = collapse_spaces({first.lines.front()});
    first.lines.erase(first.lines.begin());
    ++first.line;

    for (const Chunk& chunk : chunks) {
        if (chunk.lines.empty()) continue;
        std::string text = collapse_spaces(chunk.lines);
        if (text.empty()) continue;
        article.blocks.push_back(model::make_paragraph({model::Inline::make_text(std::move(text))},
                                                       {src.path, chunk.line}));
    }
    return article;
}

} // namespace galley::read
