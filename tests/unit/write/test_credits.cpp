#include "write/credits.hpp"
#include "write/xhtml_sink.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;

namespace {

std::string render(const model::Book& book) {
    tinyxml2::XMLPrinter p;
    write::XhtmlSink out(p);
    out.open("div"); // one root, even when nothing is rendered
    write::render_credits(book, out);
    out.close();
    return std::string(p.CStr(), p.CStrSize() - 1);
}

// The seed's credit line as the text reader records it.
model::Credit seed_credit() {
    model::Credit c;
    c.subject = "lead image";
    c.creator = "Philafrenzy";
    c.source = "Wikimedia Commons";
    c.licence = {"CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"};
    c.raw = "Image credit: Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.";
    return c;
}

} // namespace

TEST_CASE("credits: every credit in attribution form, licences linked", "[write][credits]") {
    model::Book book;
    model::Credit cover;
    cover.subject = "cover";
    cover.title = "Dawn & dusk";
    cover.creator = "Cora";
    cover.creator_url = "https://example.org/cora";
    cover.licence = {"CC0 1.0", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"};
    book.credits.push_back(cover);
    model::Article a;
    a.title = "Iran's massacres";
    a.credits.push_back(seed_credit());
    book.articles.push_back(a);

    tinyxml2::XMLDocument doc;
    test::parse(doc, render(book));
    const auto sections = test::all(&doc, "section");
    REQUIRE(sections.size() == 1);
    CHECK(test::attr(sections[0], "role") == "doc-credits");
    CHECK(test::attr(sections[0], "id") == "credits");
    CHECK(test::text(test::all(&doc, "h1").at(0)) == "Credits");
    const auto items = test::all(&doc, "li");
    REQUIRE(items.size() == 2);

    CHECK(test::text(items[0]) == "Cover: Dawn & dusk by Cora, CC0 1.0");
    CHECK(test::text(test::all(items[0], "cite").at(0)) == "Dawn & dusk");
    const auto cover_links = test::all(items[0], "a");
    REQUIRE(cover_links.size() == 2);
    CHECK(test::attr(cover_links[0], "href") == "https://example.org/cora");
    CHECK(test::attr(cover_links[1], "href") ==
          "https://creativecommons.org/publicdomain/zero/1.0/");

    // The seed's credit: Philafrenzy / Wikimedia Commons / CC BY-SA 4.0 -> deed.
    // The article has no lead image in the book: the credit says so.
    CHECK(test::text(items[1]) == "Lead image of \u201CIran's massacres\u201D, not included: "
                                  "Philafrenzy via Wikimedia Commons, CC BY-SA 4.0");
    const auto links = test::all(items[1], "a");
    REQUIRE(links.size() == 1);
    CHECK(test::text(links[0]) == "CC BY-SA 4.0");
    CHECK(test::attr(links[0], "href") == "https://creativecommons.org/licenses/by-sa/4.0/");
}

TEST_CASE("credits: the subject says which image", "[write][credits]") {
    model::Book book;
    book.assets.push_back({"images/l.png", "image/png", "x", "l.png", false});
    book.assets.push_back({"images/i.png", "image/png", "y", "i.png", false});
    model::Article a;
    a.title = "Story";
    a.lead_image = {"images/l.png", "", {}};
    a.blocks.push_back(model::make_paragraph({model::Inline::make_image("images/i.png", "", 1)}));
    book.articles.push_back(a);
    for (const char* subject : {"images/l.png", "images/i.png", "a map of the coast"}) {
        model::Credit c;
        c.subject = subject;
        c.creator = "Someone";
        book.credits.push_back(c);
    }
    tinyxml2::XMLDocument doc;
    test::parse(doc, render(book));
    const auto labels = test::all(&doc, "span");
    REQUIRE(labels.size() == 3);
    CHECK(test::text(labels[0]) == "Lead image of \u201CStory\u201D");
    CHECK(test::text(labels[1]) == "Image in \u201CStory\u201D");
    CHECK(test::text(labels[2]) == "a map of the coast");
}

TEST_CASE("credits: nothing to list, nothing rendered", "[write][credits]") {
    model::Book book;
    book.articles.emplace_back();
    tinyxml2::XMLDocument doc;
    test::parse(doc, render(book));
    CHECK(test::all(&doc, "section").empty());
}

TEST_CASE("attribution: TASL parts joined, raw line as fallback", "[model][credits]") {
    model::Credit c;
    c.raw = "Photo: somebody, somewhere";
    CHECK(model::plain_text(model::attribution(c)) == "Photo: somebody, somewhere");
    c.source = "Archive";
    c.source_url = "https://example.org/a";
    CHECK(model::plain_text(model::attribution(c)) == "Archive");
    c.licence = {"unknown", "", ""};
    CHECK(model::plain_text(model::attribution(c)) == "Archive, licence unknown");
    CHECK(model::requires_attribution({"CC BY-NC 2.0", "", ""}));
    CHECK_FALSE(model::requires_attribution({"CC0 1.0", "", ""}));
}

TEST_CASE("attribution: a raw line's licence is linked in place, never doubled", "[model][credits]") {
    model::Credit c;
    c.raw = "Photo by Somebody, CC BY 4.0";
    c.licence = {"CC BY 4.0", "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"};
    const model::Inlines in = model::attribution(c);
    CHECK(model::plain_text(in) == "Photo by Somebody, CC BY 4.0");
    REQUIRE(in.size() == 2);
    CHECK(in[1].kind == model::Inline::Kind::Link);
    CHECK(in[1].url == c.licence.url);
    // A line that spells the licence another way keeps it after the line.
    c.raw = "Photo by Somebody (Creative Commons Attribution 4.0)";
    CHECK(model::plain_text(model::attribution(c)) ==
          "Photo by Somebody (Creative Commons Attribution 4.0) (CC BY 4.0)");
}

TEST_CASE("attribution: the note after the licence is kept", "[model][credits]") {
    model::Credit c;
    c.creator = "Jane Doe";
    c.licence = {"CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"};
    c.note = "cropped by the editors";
    CHECK(model::plain_text(model::attribution(c)) == "Jane Doe, CC BY-SA 4.0, cropped by the editors");
}
