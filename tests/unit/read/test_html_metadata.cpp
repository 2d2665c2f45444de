// A page's metadata rules, each on a small page showing its shape: meta
// vocabularies and their precedence, JSON-LD's two titles, bylines to names.
#include "read/html/byline.hpp"
#include "read/html/html_parser.hpp"
#include "read/html/page_metadata.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace galley::read::html;
using Names = std::vector<std::string>;

TEST_CASE("metadata: Dublin Core as name or property is one key, property first", "[html]") {
    const PageMetadata m = read_page_metadata(parse_document(
        "<head><title>Title element</title>"
        "<meta name='DC.title' content='Name title'>"
        "<meta property='dc:title' content='Property title'>"
        "<meta name='og:title' content='Open Graph title'>"
        "<meta name='DC.creator' content='Name author'>"
        "<meta property='dc:creator' content='Property author'>"
        "<meta property='og:description dc:description' content='Two names, one description'>"
        "</head>"));
    CHECK(m.title == "Property title");
    CHECK(m.title_rule == "meta dc:title");
    CHECK(m.authors == Names{"Property author"});
    CHECK(m.description == "Two names, one description");
}

TEST_CASE("metadata: Parse.ly's fields when nothing else names them", "[html]") {
    const PageMetadata m = read_page_metadata(parse_document(
        "<head><meta name='parsely-title' content='The parsed title'>"
        "<meta name='parsely-author' content='Jane Doe'>"
        "<meta name='parsely-pub-date' content='2024-04-20T04:20:00Z'></head><body><h1>Other</h1>"));
    CHECK(m.title == "The parsed title");
    CHECK(m.authors == Names{"Jane Doe"});
    CHECK(m.date == "2024-04-20T04:20:00Z");
}

TEST_CASE("metadata: a repeated author meta is several authors; a profile address is none",
          "[html]") {
    const PageMetadata several = read_page_metadata(parse_document(
        "<head><meta name='DC.Creator' content='Kooman, F.'>"
        "<meta name='DC.Creator' content='Jong, Michiel de'></head>"));
    CHECK(several.authors == Names{"Kooman, F.", "Jong, Michiel de"});
    // article:author is often a profile page: skipped for the next key that names someone.
    const PageMetadata profile = read_page_metadata(parse_document(
        "<head><meta property='article:author' content='https://www.facebook.com/someone'>"
        "<meta property='og:article:author' content='Harbour News'></head>"));
    CHECK(profile.authors == Names{"Harbour News"});
    CHECK(profile.authors_rule == "meta og:article:author");
}

TEST_CASE("metadata: JSON-LD's name or headline, whichever the <title> shows", "[html]") {
    // An encyclopedia's headline is a description; its name is the title.
    const PageMetadata wiki = read_page_metadata(parse_document(
        "<head><title>Harbour Town - The Encyclopedia</title><script type='application/ld+json'>"
        "{\"@type\": \"Article\", \"name\": \"Harbour Town\", "
        "\"headline\": \"fishing port on the north coast\"}</script></head>"));
    CHECK(wiki.title == "Harbour Town");
    CHECK(wiki.title_rule == "JSON-LD name");
    // A news site's name is the site's; its headline is the title.
    const PageMetadata news = read_page_metadata(parse_document(
        "<head><title>Harbour wall to be rebuilt | Courier</title><script type='application/ld+json'>"
        "{\"@type\": \"NewsArticle\", \"name\": \"Courier\", "
        "\"headline\": \"Harbour wall to be rebuilt\"}</script></head>"));
    CHECK(news.title == "Harbour wall to be rebuilt");
    CHECK(news.title_rule == "JSON-LD headline");
}

TEST_CASE("byline: names apart, labels and dates out", "[html]") {
    CHECK(names_from_byline("By Jane Doe and John Roe") == Names{"Jane Doe", "John Roe"});
    CHECK(names_from_byline("Jane Doe, John Roe & Ann Poe") == Names{"Jane Doe", "John Roe", "Ann Poe"});
    CHECK(names_from_byline("Jane Doe; John Roe") == Names{"Jane Doe", "John Roe"});
    // One name each: a credential after a comma, a magazine with an ampersand.
    CHECK(names_from_byline("By Jane Doe, MA") == Names{"Jane Doe, MA"});
    CHECK(names_from_byline("Mac & i") == Names{"Mac & i"});
    // Labels: before a name it goes; with nothing after it, or only a date, nothing is a name.
    CHECK(names_from_byline("Author: Jane Doe") == Names{"Jane Doe"});
    CHECK(names_from_byline("Last Updated:").empty());
    CHECK(names_from_byline("Last Updated: January 7, 2025").empty());
    // A date run into the name by the page's markup.
    CHECK(names_from_byline("by Lucas Nolan22 Dec 2016651") == Names{"Lucas Nolan"});
    CHECK(names_from_byline("By Jane Doe and John Roe May 20, 2019") == Names{"Jane Doe", "John Roe"});
    // A byline element's parts ("By" in a span of its own) joined by the extractor.
    CHECK(names_from_byline("By; Jane Doe") == Names{"Jane Doe"});
    CHECK(names_from_byline("Courier Staff").empty());
}
