#include "epub_test_util.hpp"

using namespace galley;

namespace {

std::string text_of_class(const tinyxml2::XMLDocument& doc, std::string_view cls) {
    std::string out;
    for (const auto* p : test::all(&doc, "p"))
        if (test::attr(p, "class") == cls) out += (out.empty() ? "" : "|") + test::text(p);
    return out;
}

} // namespace

TEST_CASE("the title page lists title, subtitle, people, publisher, date, rights",
          "[write][epub][titlepage]") {
    model::Article a;
    a.title = "Chapter";
    auto book = test::book_with({a});
    book.meta.title = "Fish & Chips";
    book.meta.subtitle = "A history";
    book.meta.authors = {{"Ed Itor", "edt", ""}, {"Ann Author", "", ""}, {"Bo Writer", "aut", ""}};
    book.meta.publisher = "Harbour Press";
    book.meta.date = "2020-08-05";
    book.meta.rights = "CC BY 4.0";
    const auto pkg = test::write(book);
    tinyxml2::XMLDocument doc;
    test::parse_entry(doc, pkg, "EPUB/text/titlepage.xhtml");

    const auto* body = test::all(&doc, "body").at(0);
    CHECK(test::attr(body, "epub:type") == "frontmatter");
    const auto* section = body->FirstChildElement("section");
    REQUIRE(section);
    CHECK(test::attr(section, "epub:type") == "titlepage");
    const auto h1 = test::all(&doc, "h1");
    REQUIRE(h1.size() == 1);
    CHECK(test::text(h1[0]) == "Fish & Chips");
    CHECK(test::text(test::all(&doc, "title").at(0)) == "Fish & Chips");
    CHECK(text_of_class(doc, "subtitle") == "A history");
    // Authors first, in the metadata's order; then other roles, in words.
    CHECK(text_of_class(doc, "author") == "Ann Author and Bo Writer");
    CHECK(text_of_class(doc, "editor") == "Edited by Ed Itor");
    CHECK(text_of_class(doc, "publisher") == "Harbour Press");
    CHECK(text_of_class(doc, "date") == "5 August 2020");
    CHECK(text_of_class(doc, "rights") == "CC BY 4.0");
    CHECK(test::attr(test::all(&doc, "html").at(0), "xml:lang") == "en");

    // Front matter: in the reading order before the articles, not in the
    // contents (the landmarks point at it).
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    CHECK(test::attr(test::all(&opf, "itemref").at(0), "idref") == "cover");
    CHECK(test::attr(test::all(&opf, "itemref").at(1), "idref") == "titlepage");
    CHECK(test::find_by(&opf, "item", "id", "titlepage") != nullptr);
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    const auto* toc = test::find_by(&nav, "nav", "epub:type", "toc");
    for (const auto* link : test::all(toc, "a"))
        CHECK(test::attr(link, "href").find("titlepage") == std::string::npos);
}

TEST_CASE("a title page with only a title has no empty elements", "[write][epub][titlepage]") {
    model::Article a;
    a.title = "Chapter";
    const auto pkg = test::write(test::book_with({a}));
    tinyxml2::XMLDocument doc;
    test::parse_entry(doc, pkg, "EPUB/text/titlepage.xhtml");
    CHECK(test::all(&doc, "p").empty());
    CHECK(test::text(test::all(&doc, "h1").at(0)) == "The Book");
}
