#pragma once
// schema.org metadata in a page's <script type="application/ld+json">: the
// one file that includes the JSON library.

#include <string>
#include <string_view>
#include <vector>

namespace galley::read::html {

struct JsonLdArticle {
    std::string headline;
    std::string name; // schema.org's other title
    std::vector<std::string> authors;
    std::string date_published;
    std::string publisher; // the site or publication
    std::string description;
    std::string url;
    std::string image;
};

// Reads one JSON-LD script and fills the fields `out` has empty from the
// first schema.org article-like object in it (Article, NewsArticle,
// BlogPosting, ... also inside @graph or an array). Returns false when the
// script is not JSON, holds no such object, or is over 1 MB or nested deeper
// than 64 levels. Never throws.
bool read_json_ld(std::string_view script, JsonLdArticle& out);

} // namespace galley::read::html
