#pragma once
// Article extraction: which part of a page is the article. Works on a
// parsed Document alone (no parser, no model), so it can be tested on its
// own. The approach is the one the best extractors share: drop what is
// never content (hidden, script-like, navigation roles), drop blocks whose
// class or id says chrome ("comment", "share", "related", "sidebar"...)
// unless it also says content, score paragraphs by length and commas and
// credit their ancestors, discount link-heavy candidates, take the best,
// gather its siblings that look like the same article, then clean what is
// inside. When that keeps too little text it tries again, less strictly.

#include "read/html/dom.hpp"

#include <string>
#include <vector>

namespace galley::read::html {

struct DroppedBlock {
    int line = 0;
    std::string reason;  // "class/id 'sidebar'", "hidden", "link-heavy", ...
    std::string excerpt; // its first 60 characters of text
};

struct Extraction {
    std::vector<NodeId> kept; // the article: these subtrees, in order (removed nodes inside are out)
    NodeId container = no_node; // the chosen top candidate
    std::string container_desc; // "div.article-body (line 120)"
    std::string rule;           // how it was chosen ("best score 84.2", "<article>", "whole body")
    std::string byline;         // a byline element found and taken out of the text
    std::vector<DroppedBlock> dropped;
    std::size_t text_length = 0; // characters of text kept
};

struct ExtractOptions {
    // The article's title, when known: a heading repeating it is dropped.
    std::string title;
    // Below this many characters of text a stricter pass is retried more leniently.
    std::size_t min_text = 500;
};

// Chooses the article in `doc` and marks everything else inside the kept
// subtrees that is chrome as removed. Linear in the size of the page for
// each of its (at most four) passes. Never fails: at worst it keeps the body.
Extraction extract_article(Document& doc, const ExtractOptions& options = {});

// Text length in characters (code points) with white space collapsed.
std::size_t text_length(const Document& doc, NodeId id);

} // namespace galley::read::html
