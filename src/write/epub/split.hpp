#pragma once
// Splitting long articles into several content documents, so every reading
// system pages fast (Adobe RMSDK and early Kindles fail or slow down on
// documents over ~300 KB). The print HTML is never split.

#include "model/article.hpp"
#include "write/markup_sink.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace galley::write::epub {

// Blocks [first, end) of an article, rendered as one content document.
struct ArticlePart {
    std::size_t first = 0;
    std::size_t end = 0;
    std::size_t bytes = 0; // the estimated size of its XHTML
};

// An article whose XHTML would exceed `limit` bytes is split before each
// top-level heading of its highest level; a part still over the limit is
// split again between blocks (as few parts as fit). An article within the
// limit, or `limit` 0, gives one part. Sizes are estimated by rendering each
// block once into a counting sink (linear).
std::vector<ArticlePart> split_article(const model::Article& article, std::size_t limit);

// Records the `id` attributes rendered into it and discards the rest: which
// document holds which id.
class IdCollector : public MarkupSink {
  public:
    IdCollector(std::map<std::string, std::string>& homes, std::string href)
        : homes_(homes), href_(std::move(href)) {}
    void open(const char*, bool) override {}
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view) override {}
    void close() override {}

  private:
    std::map<std::string, std::string>& homes_; // id -> document href (from the text folder)
    std::string href_;
};

// Forwards everything to `out`, rewriting `href="#id"` whose id lives in
// another document (per `homes`) to "that-document.xhtml#id": notes,
// contents and any other internal link follow their target across parts.
class LinkRewriter : public MarkupSink {
  public:
    LinkRewriter(MarkupSink& out, const std::map<std::string, std::string>& homes,
                 std::string self)
        : out_(out), homes_(homes), self_(std::move(self)) {}
    void open(const char* name, bool inline_level) override { out_.open(name, inline_level); }
    void attribute(const char* name, std::string_view value) override;
    void text(std::string_view s) override { out_.text(s); }
    void close() override { out_.close(); }

  private:
    MarkupSink& out_;
    const std::map<std::string, std::string>& homes_;
    std::string self_;
};

} // namespace galley::write::epub
