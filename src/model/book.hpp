#pragma once

#include "model/article.hpp"
#include "model/metadata.hpp"

#include <string>
#include <vector>

namespace galley::model {

struct Book {
    Metadata meta;
    std::vector<Article> articles;
    // Seconds since the epoch for dcterms:modified and zip timestamps; chosen
    // by the pipeline so that writers stay deterministic.
    long long modified_epoch = 0;

    bool operator==(const Book&) const = default;
};

// The language of `a`, falling back to the book's and then to "en".
const std::string& article_lang(const Book& book, const Article& a);

} // namespace galley::model
