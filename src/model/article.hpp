#pragma once

#include "model/block.hpp"
#include "model/credit.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace galley::model {

struct Article {
    std::string title;
    std::string lang; // empty: the book's language
    std::string id;   // unique in the book, assigned by transform::assign_ids
    Blocks blocks;
    std::vector<Credit> credits;
    SourcePos source; // the file it was read from (line 0)

    bool operator==(const Article&) const = default;
};

} // namespace galley::model
