#pragma once

#include "model/article.hpp"
#include "model/metadata.hpp"

#include <string>
#include <vector>

namespace galley::model {

// A file embedded in the book (an image), stored once per distinct content.
struct Asset {
    std::string href;       // path inside the publication, e.g. "images/3f2a9c01.jpg"
    std::string media_type; // read from the bytes: image/jpeg, image/png, image/gif, image/svg+xml
    std::string data;       // the bytes
    std::string source;     // the first file it was read from, for messages
    bool cover = false;

    bool operator==(const Asset&) const = default;
};

struct Book {
    Metadata meta;
    std::vector<Article> articles;
    std::vector<Asset> assets;
    // Credits that belong to the book rather than one article (book.yaml
    // `credits:`, the cover's).
    std::vector<Credit> credits;
    // Seconds since the epoch for dcterms:modified and zip timestamps; chosen
    // by the pipeline so that writers stay deterministic.
    long long modified_epoch = 0;
    // The user's stylesheet (--css or the metadata's `css:`), read and checked
    // by the pipeline; empty: the writers use their built-in one.
    std::string stylesheet;

    bool operator==(const Book&) const = default;
};

// The language of `a`, falling back to the book's and then to "en".
const std::string& article_lang(const Book& book, const Article& a);

} // namespace galley::model
