// EPUB Accessibility 1.1 package metadata, read back from content.opf.

#include "epub_test_util.hpp"

#include <algorithm>
#include <map>

using namespace galley;
using model::Block;
using model::Inline;

namespace {

// property -> values, in document order.
std::multimap<std::string, std::string> a11y(const model::Book& book) {
    const auto pkg = test::write(book);
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    std::multimap<std::string, std::string> out;
    for (const auto* m : test::all(&opf, "meta")) {
        const std::string property = test::attr(m, "property");
        if (property.rfind("schema:", 0) == 0 || property == "dcterms:conformsTo")
            out.emplace(property, test::text(m));
    }
    return out;
}

std::vector<std::string> values(const std::multimap<std::string, std::string>& m,
                                const std::string& key) {
    std::vector<std::string> out;
    for (auto [it, end] = m.equal_range(key); it != end; ++it)
        out.push_back(it->second);
    return out;
}

bool has(const std::multimap<std::string, std::string>& m, const std::string& key,
         const std::string& value) {
    const auto v = values(m, key);
    return std::find(v.begin(), v.end(), value) != v.end();
}

// A paragraph holding an image, nested in a list item in a block quote.
Block nested_image(const std::string& alt) {
    Block item;
    item.kind = Block::Kind::ListItem;
    item.children.push_back(model::make_paragraph(
        {Inline::make_span(Inline::Kind::Emphasis, {Inline::make_image("images/a.png", alt)})}));
    Block list;
    list.kind = Block::Kind::List;
    list.children.push_back(item);
    Block quote;
    quote.kind = Block::Kind::BlockQuote;
    quote.children.push_back(list);
    return quote;
}

model::Article article_with(std::vector<Block> blocks) {
    model::Article a;
    a.title = "Pictures";
    a.blocks = std::move(blocks);
    return a;
}

const std::vector<std::string> base_features = {"structuralNavigation", "tableOfContents",
                                                "readingOrder", "displayTransformability"};

} // namespace

TEST_CASE("a book without images is textual and claims conformance", "[write][epub][a11y]") {
    const auto m = a11y(test::book_with({article_with({model::make_paragraph(test::words("x"))})}));
    CHECK(values(m, "schema:accessMode") == std::vector<std::string>{"textual"});
    CHECK(values(m, "schema:accessModeSufficient") == std::vector<std::string>{"textual"});
    CHECK(values(m, "schema:accessibilityFeature") == base_features);
    CHECK(values(m, "schema:accessibilityHazard") == std::vector<std::string>{"none"});
    REQUIRE(values(m, "schema:accessibilitySummary").size() == 1);
    CHECK(values(m, "schema:accessibilitySummary")[0].find("no images") != std::string::npos);
    CHECK(values(m, "dcterms:conformsTo") ==
          std::vector<std::string>{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
}

TEST_CASE("images that all have alt text: visual, alternativeText, conformance",
          "[write][epub][a11y]") {
    auto article = article_with({nested_image("A harbour at dawn")});
    article.lead_image = {"images/lead.jpg", "Boats", {}};
    const auto m = a11y(test::book_with({article}));
    CHECK(values(m, "schema:accessMode") == std::vector<std::string>{"textual", "visual"});
    CHECK(values(m, "schema:accessModeSufficient") ==
          std::vector<std::string>{"textual", "textual,visual"});
    CHECK(has(m, "schema:accessibilityFeature", "alternativeText"));
    for (const auto& f : base_features)
        CHECK(has(m, "schema:accessibilityFeature", f));
    CHECK(values(m, "dcterms:conformsTo").size() == 1);
}

TEST_CASE("one image without alt text withdraws the text-only and conformance claims",
          "[write][epub][a11y]") {
    SECTION("inline image, deeply nested") {
        const auto m =
            a11y(test::book_with({article_with({nested_image("Fine"), nested_image("  ")})}));
        CHECK(values(m, "schema:accessMode") == std::vector<std::string>{"textual", "visual"});
        CHECK(values(m, "schema:accessModeSufficient") ==
              std::vector<std::string>{"textual,visual"});
        CHECK_FALSE(has(m, "schema:accessibilityFeature", "alternativeText"));
        CHECK(values(m, "dcterms:conformsTo").empty());
        CHECK(values(m, "schema:accessibilitySummary").at(0).find("no text alternative") !=
              std::string::npos);
    }
    SECTION("lead image") {
        auto article = article_with({model::make_paragraph(test::words("x"))});
        article.lead_image = {"images/lead.jpg", "", {}};
        const auto m = a11y(test::book_with({article}));
        CHECK(values(m, "dcterms:conformsTo").empty());
        CHECK_FALSE(has(m, "schema:accessibilityFeature", "alternativeText"));
    }
}

TEST_CASE("an embedded asset makes the book visual", "[write][epub][a11y]") {
    auto book = test::book_with({article_with({model::make_paragraph(test::words("x"))})});
    book.assets.push_back({"images/cover.jpg", "image/jpeg", "\xFF\xD8", "cover.jpg", true});
    const auto m = a11y(book);
    CHECK(has(m, "schema:accessMode", "visual"));
    CHECK(values(m, "dcterms:conformsTo").size() == 1); // no image lacks alt text
}
