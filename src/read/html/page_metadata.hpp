#pragma once
// An article's metadata from its page: the first source that has each field
// wins, and the rule that gave it is kept for --inspect.

#include "read/html/byline.hpp"
#include "read/html/dom.hpp"

#include <string>
#include <vector>

namespace galley::read::html {

struct PageMetadata {
    std::string title, title_rule;
    std::vector<std::string> authors;
    std::string authors_rule;
    std::string date, date_rule;
    std::string site_name;
    std::string url;      // canonical
    std::string base_url; // what relative links resolve against (<base href>, else canonical)
    std::string lang;
    std::string description;
    std::string image; // og:image / JSON-LD image, as written
};

// Title: JSON-LD headline, og:title and the like, the page's only <h1>, then
// <title> without its site part. Authors: JSON-LD author, meta author,
// rel=author (a byline element is the extractor's and comes last). Date:
// JSON-LD datePublished, article:published_time and the like, <time datetime>.
// Site name: og:site_name, JSON-LD publisher. Canonical URL: link
// rel=canonical, og:url. Language: html lang, og:locale.
PageMetadata read_page_metadata(const Document& doc);

// The <title> without a site part: "Story title | Site" -> "Story title".
std::string clean_title(const std::string& title, const Document& doc);

} // namespace galley::read::html
