#pragma once
// Internal to the article extraction (extract.cpp): one scoring pass over
// the page at one strictness level. Its stages live in two files:
// extract_prepare.cpp (text lengths, unlikely blocks dropped, phrasing
// wrapped into paragraphs) and extract_score.cpp (paragraphs scored, the
// best container chosen, its siblings gathered).

#include "read/html/extract.hpp"

#include <string>
#include <vector>

namespace galley::read::html::detail {

struct Flags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
};

// The node's text, collapsed, cut at 60 characters.
std::string excerpt(const Document& doc, NodeId id);

// Similar enough to be the same title: equal once white space and case are ignored.
bool same_title(const std::string& a, const std::string& b);

class Pass {
  public:
    Pass(Document& doc, Flags flags, const ExtractOptions& options)
        : doc_(doc), flags_(flags), options_(options) {}

    Extraction run();

  private:
    void drop(NodeId id, std::string reason) {
        if (collapse_white_space(doc_.text_content(id)).size() > 0)
            out_.dropped.push_back({doc_[id].line, std::move(reason), excerpt(doc_, id)});
        doc_.remove(id);
    }
    void grow() {
        const std::size_t n = doc_.size();
        score_.resize(n, 0.0);
        scored_.resize(n, false);
        text_.resize(n, 0);
        link_.resize(n, 0.0);
        commas_.resize(n, 0);
        block_.resize(n, false);
        holds_article_.resize(n, false);
    }
    void compute_lengths(NodeId from);
    std::string byline_text(NodeId id) const;
    void walk(NodeId body);
    void wrap_phrasing(NodeId div);
    void score_paragraphs();
    void init_candidate(NodeId id);
    NodeId choose_top(NodeId body);
    void gather(NodeId top, NodeId body);
    void clean();
    double link_density(NodeId id) const {
        return text_[id] == 0 ? 0.0 : link_[id] / static_cast<double>(text_[id]);
    }

    Document& doc_;
    Flags flags_;
    const ExtractOptions& options_;
    Extraction out_;
    std::vector<double> score_;
    std::vector<bool> scored_;
    std::vector<std::size_t> text_;
    std::vector<double> link_;
    std::vector<int> commas_;
    std::vector<bool> block_; // has a descendant that makes a div a container
    std::vector<bool> holds_article_; // has an <article>, <main> or articleBody descendant
    std::vector<NodeId> to_score_;
    std::vector<NodeId> candidates_;
    bool title_dropped_ = false;
};

} // namespace galley::read::html::detail
