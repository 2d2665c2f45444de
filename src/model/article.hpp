#pragma once

#include "model/block.hpp"
#include "model/credit.hpp"
#include "model/metadata.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace galley::model {

// An image as referenced by the author, before or after embedding.
struct ImageRef {
    std::string src; // as written (relative to the article) or, once embedded, the asset's href
    std::string alt;
    SourcePos pos;

    bool empty() const { return src.empty(); }
    bool operator==(const ImageRef&) const = default;
};

struct Article {
    std::string title;
    std::string subtitle;
    std::vector<Person> authors;
    std::string date;
    std::string description;
    ImageRef lead_image; // shown at the top with its credit as caption
    std::string lang;    // empty: the book's language
    std::string id;      // unique in the book, assigned by transform::assign_ids
    Blocks blocks;
    std::vector<Credit> credits;
    SourcePos source; // the file it was read from (line 0)

    bool operator==(const Article&) const = default;
};

} // namespace galley::model
