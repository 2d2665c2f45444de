#pragma once
// The second half of extraction: inside the chosen article, drop what is
// still chrome (share bars, link lists, layout tables of images, empty
// paragraphs), judged bottom-up with counts kept live, in one linear sweep.

#include "read/html/dom.hpp"
#include "read/html/extract.hpp"

#include <vector>

namespace galley::read::html {

struct CleanOptions {
    bool conditionally = true; // judge tables, lists and divs by their content
    bool weight_classes = true;
};

// Cleans the subtrees `kept` of `doc`; each removal with text is appended to `dropped`.
void clean_article(Document& doc, const std::vector<NodeId>& kept, const CleanOptions& options,
                   std::vector<DroppedBlock>& dropped);

// A table that holds data (headers, a caption, many cells) rather than layout.
bool is_data_table(const Document& doc, NodeId table);

} // namespace galley::read::html
