#include "write/epub/split.hpp"

#include "write/xhtml.hpp"

#include <algorithm>
#include <cstring>

namespace galley::write::epub {

namespace {

using model::Block;

// The document around the blocks: XML declaration, head, body, the
// article's section and title. A generous constant keeps estimates safe.
constexpr std::size_t document_overhead = 2048;

// Counts the bytes the XHTML printer would write, pretty-printing included.
class CountingSink : public MarkupSink {
  public:
    void open(const char* name, bool inline_level) override {
        const std::size_t n = std::strlen(name);
        bytes += 2 * n + 5; // <name></name>
        if (!inline_level) bytes += 2 * (4 * depth_ + 1);
        ++depth_;
    }
    void attribute(const char* name, std::string_view value) override {
        bytes += std::strlen(name) + value.size() + 4;
        for (char c : value)
            bytes += c == '&' || c == '<' || c == '"' ? 5 : 0;
    }
    void text(std::string_view s) override {
        bytes += s.size();
        for (char c : s)
            bytes += c == '&' || c == '<' || c == '>' ? 4 : 0;
    }
    void close() override { depth_ = depth_ > 0 ? depth_ - 1 : 0; }

    std::size_t bytes = 0;

  private:
    std::size_t depth_ = 3; // html, body, section
};

std::size_t measure(const Block& b) {
    CountingSink sink;
    render_block(b, sink);
    // A heading opens a <section> around it: a few bytes more.
    return sink.bytes + (b.kind == Block::Kind::Heading ? 64 : 0);
}

// Splits [first, end) between blocks, each part within `budget` (a block
// larger than the budget alone makes a part of its own).
void pack(const std::vector<std::size_t>& sizes, std::size_t first, std::size_t end,
          std::size_t budget, std::vector<ArticlePart>& out) {
    ArticlePart part{first, first, 0};
    for (std::size_t i = first; i < end; ++i) {
        if (part.end > part.first && part.bytes + sizes[i] > budget) {
            out.push_back(part);
            part = {i, i, 0};
        }
        part.bytes += sizes[i];
        part.end = i + 1;
    }
    if (part.end > part.first) out.push_back(part);
}

} // namespace

std::vector<ArticlePart> split_article(const model::Article& article, std::size_t limit) {
    const std::size_t n = article.blocks.size();
    std::vector<std::size_t> sizes(n);
    std::size_t total = document_overhead + article.title.size();
    for (std::size_t i = 0; i < n; ++i)
        total += sizes[i] = measure(article.blocks[i]);
    if (limit == 0 || total <= limit || n < 2) return {{0, n, total}};
    const std::size_t budget = limit > 2 * document_overhead + article.title.size()
                                   ? limit - document_overhead - article.title.size()
                                   : limit / 2;

    // The highest level among the top-level headings.
    int top = 7;
    for (const Block& b : article.blocks)
        if (b.kind == Block::Kind::Heading) top = std::min(top, std::clamp(b.level, 2, 6));
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 1; i < n; ++i) {
        const Block& b = article.blocks[i];
        if (b.kind == Block::Kind::Heading && std::clamp(b.level, 2, 6) == top) starts.push_back(i);
    }
    std::vector<ArticlePart> parts;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : n;
        pack(sizes, starts[k], end, budget, parts);
    }
    for (ArticlePart& p : parts)
        p.bytes += document_overhead + article.title.size();
    return parts;
}

void IdCollector::attribute(const char* name, std::string_view value) {
    if (std::strcmp(name, "id") == 0) homes_.emplace(std::string(value), href_);
}

void LinkRewriter::attribute(const char* name, std::string_view value) {
    if (std::strcmp(name, "href") == 0 && value.starts_with('#')) {
        const auto it = homes_.find(std::string(value.substr(1)));
        if (it != homes_.end() && it->second != self_) {
            out_.attribute(name, it->second + std::string(value));
            return;
        }
    }
    out_.attribute(name, value);
}

} // namespace galley::write::epub
