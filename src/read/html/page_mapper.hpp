#pragma once
// The extracted article's tree onto the model: blocks, inlines, tables,
// figures with their credits, and footnotes. Only the safe subset of HTML
// becomes model content; nothing is copied through. Recursion follows the
// tree, whose depth the parser caps (html_parser.hpp: max_depth).

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/html/dom.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace galley::read::html {

struct MapContext {
    std::string path;      // the page as named by the user, for positions and diagnostics
    std::string base_url;  // relative links resolve against it ("" : none)
    std::filesystem::path page_dir; // the page's folder: relative images are looked up here
};

struct MappedArticle {
    model::Blocks blocks;
    std::vector<model::Note> notes;
    std::vector<model::Credit> credits; // from figure captions, subject = the image's path
};

class PageMapper {
  public:
    PageMapper(const Document& doc, MapContext context, model::Diagnostics& diags);

    // Maps the subtrees `kept` (in order), skipping removed nodes.
    MappedArticle map(const std::vector<NodeId>& kept);

    // The image source a lazy-loading page really means: data-src and its
    // kin, srcset's largest, before a placeholder src.
    static std::string image_source(const Node& img);

  private:
    // html_blocks.cpp
    void blocks(NodeId parent, model::Blocks& out, int depth);
    void block_element(NodeId id, model::Blocks& out, model::Inlines& pending, int depth);
    void list(NodeId id, model::Blocks& out, int depth);
    void table(NodeId id, model::Blocks& out, int depth);
    void figure(NodeId id, model::Blocks& out, int depth);
    bool has_block(NodeId id);
    // html_inlines.cpp
    void inlines(NodeId parent, model::Inlines& out, int depth);
    void inline_element(NodeId id, model::Inlines& out, int depth);
    model::Inline image(const Node& img);
    bool has_image_before(NodeId noscript) const;
    void link(NodeId id, model::Inlines& out, int depth);
    // html_notes.cpp
    void find_notes(const std::vector<NodeId>& kept);
    bool note_ref(NodeId link, model::Inlines& out);

    model::SourcePos pos(NodeId id) const { return {context_.path, doc_[id].line}; }

    const Document& doc_;
    MapContext context_;
    model::Diagnostics& diags_;
    std::vector<signed char> has_block_; // memo: -1 unknown
    std::map<std::string, NodeId> note_of_id_; // fragment id -> note element
    std::set<NodeId> note_elements_;
    std::map<NodeId, std::string> note_label_;
    std::vector<model::Note> notes_;
    std::vector<model::Credit> credits_;
    int remote_images_ = 0;
    bool in_note_ = false;
};

// "  a \n b " -> " a b ": runs of white space become one space, ends kept as one space.
std::string squeeze_space(std::string_view s);
// Trims spaces at the start and end of a run of inlines (in place).
void trim_inlines(model::Inlines& inlines);

} // namespace galley::read::html
