// Lines, and how a plain text lays out its paragraphs (blank lines, hard
// wrapping, one line each). Declared in read/text/text_blocks.hpp.
#include "read/text/heading_rules.hpp"
#include "read/text/text_blocks.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace galley::read::text {

namespace {

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

} // namespace

int columns_of_indent(std::string_view raw) {
    int cols = 0;
    for (char c : raw) {
        if (c == ' ')
            ++cols;
        else if (c == '\t')
            cols += 4;
        else
            break;
    }
    return cols;
}

std::vector<Line> to_lines(std::string_view text, int first_no) {
    std::vector<Line> lines;
    int no = first_no;
    for (std::string_view raw : util::split_lines(text))
        lines.push_back({util::trim(raw), no++, columns_of_indent(raw)});
    return lines;
}

StyleGuess guess_style(const std::vector<Line>& lines) {
    std::vector<int> lengths;
    std::size_t in_multi = 0;      // lines in runs of two or more non-blank lines
    std::vector<int> not_last;     // lengths of lines followed by a non-blank line
    std::size_t sentence_ends = 0; // ... of which end like a sentence
    std::size_t blocks_after_blank = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.empty()) continue;
        if (i > 0 && lines[i - 1].text.empty() && i + 1 < lines.size() &&
            !lines[i + 1].text.empty())
            ++blocks_after_blank;
        const auto len = static_cast<int>(util::length(lines[i].text));
        lengths.push_back(len);
        const bool prev = i > 0 && !lines[i - 1].text.empty();
        const bool next = i + 1 < lines.size() && !lines[i + 1].text.empty();
        if (prev || next) ++in_multi;
        if (next) {
            not_last.push_back(len);
            sentence_ends += ends_like_sentence(lines[i].text);
        }
    }
    // Mostly single-line chunks, or too little to tell: blank-line separated.
    if (lengths.size() < 3 || in_multi * 2 < lengths.size() || not_last.empty()) return {};
    std::sort(lengths.begin(), lengths.end());
    const int width = lengths[(lengths.size() - 1) * 9 / 10];
    const std::size_t n = not_last.size();
    // Cut near one width, mostly mid-sentence: hard-wrapped.
    if (width >= 30 && width <= 100 && sentence_ends * 2 < n) {
        const auto near = std::count_if(not_last.begin(), not_last.end(),
                                        [&](int len) { return len * 10 >= width * 7; });
        if (static_cast<std::size_t>(near) * 10 >= n * 6)
            return {ParagraphStyle::HardWrapped, width, blocks_after_blank >= 3};
    }
    // Lines that end sentences, without blank lines between them.
    if (sentence_ends * 10 >= n * 6) return {ParagraphStyle::OneLine, 0};
    return {};
}

std::string describe(const StyleGuess& guess) {
    switch (guess.style) {
    case ParagraphStyle::BlankLines:
        return "blank-line separated";
    case ParagraphStyle::HardWrapped:
        return "hard-wrapped at " + std::to_string(guess.wrap_width) + " columns (unwrapped)" +
               (guess.blank_lines
                    ? "; one paragraph per blank-line block, split only where a line ends early "
                      "before an indent or dialogue; short capitalised lines kept as line blocks"
                    : "; no blank lines: a line ending a sentence early ends its paragraph");
    case ParagraphStyle::OneLine:
        return "one line per paragraph";
    }
    return {};
}

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

} // namespace galley::read::text
