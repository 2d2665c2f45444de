#include "transform/credits.hpp"
#include "transform/ids.hpp"

#include <catch2/catch.hpp>

using namespace galley;

namespace {

model::Asset asset(const std::string& href, const std::string& source) {
    return {href, "image/png", "bytes", source, false};
}

model::Credit credit(const std::string& subject, const std::string& creator,
                     const model::Licence& licence) {
    model::Credit c;
    c.subject = subject;
    c.creator = creator;
    c.licence = licence;
    c.pos = {"book.yaml", 4};
    return c;
}

const model::Licence by_sa{"CC BY-SA 4.0", "CC-BY-SA-4.0",
                           "https://creativecommons.org/licenses/by-sa/4.0/"};

} // namespace

TEST_CASE("a lead image becomes a figure at the top with its credit as caption",
          "[transform][credits]") {
    model::Book book;
    model::Article a;
    a.title = "Story";
    a.source = {"story.txt", 0};
    a.lead_image = {"images/lead.png", "", {"story.txt", 0}};
    a.blocks.push_back(model::make_paragraph({model::Inline::make_text("Body")}));
    model::Credit c = credit("lead image", "Philafrenzy", by_sa);
    c.title = "Memorial";
    c.source = "Wikimedia Commons";
    a.credits.push_back(c);
    book.articles.push_back(a);
    book.assets.push_back(asset("images/lead.png", "story.png"));
    transform::assign_ids(book);
    model::Diagnostics d;
    transform::place_credits(book, d);

    const model::Blocks& blocks = book.articles[0].blocks;
    REQUIRE(blocks.size() == 2);
    const model::Block& fig = blocks[0];
    CHECK(fig.kind == model::Block::Kind::Figure);
    CHECK(fig.id.empty()); // a heading "Lead image" may own any id we would pick
    REQUIRE(fig.children.size() == 1);
    const model::Inline& img = fig.children[0].inlines.at(0);
    CHECK(img.kind == model::Inline::Kind::Image);
    CHECK(img.url == "images/lead.png");
    CHECK(img.text == "Memorial"); // alt from the credited work's title
    CHECK(model::plain_text(fig.inlines) ==
          "Memorial by Philafrenzy via Wikimedia Commons, CC BY-SA 4.0");
    // The licence name links to its deed.
    bool deed = false;
    for (const model::Inline& in : fig.inlines)
        deed |= in.kind == model::Inline::Kind::Link && in.url == by_sa.url;
    CHECK(deed);
    CHECK(d.all().empty());
}

TEST_CASE("figures of credited images get the credit as caption", "[transform][credits]") {
    model::Book book;
    model::Article a;
    a.title = "Story";
    model::Block fig;
    fig.kind = model::Block::Kind::Figure;
    fig.children.push_back(
        model::make_paragraph({model::Inline::make_image("images/p.png", "P", 3)}));
    a.blocks.push_back(fig);
    book.articles.push_back(a);
    book.assets.push_back(asset("images/p.png", "p.png"));
    book.credits.push_back(credit("images/p.png", "Pat", {"CC0 1.0", "CC0-1.0", ""}));
    model::Diagnostics d;
    transform::place_credits(book, d);
    CHECK(model::plain_text(book.articles[0].blocks[0].inlines) == "Pat, CC0 1.0");
    CHECK(d.all().empty());
}

TEST_CASE("uncredited images and BY licences without a creator are warnings",
          "[transform][credits]") {
    model::Book book;
    model::Article a;
    a.title = "Story";
    a.blocks.push_back(model::make_paragraph({model::Inline::make_image("images/a.png", "A", 2),
                                              model::Inline::make_image("images/b.png", "B", 3)}));
    book.articles.push_back(a);
    book.assets.push_back(asset("images/a.png", "pics/a.png"));
    book.assets.push_back(asset("images/b.png", "pics/b.png"));
    book.assets.push_back(asset("images/c.png", "pics/cover.png"));
    book.assets.back().cover = true;
    book.meta.cover_image = "images/c.png";
    book.credits.push_back(credit("images/a.png", "", by_sa));               // no creator
    book.credits.push_back(credit("cover", "", {"CC0 1.0", "CC0-1.0", ""})); // fine without
    model::Diagnostics d;
    transform::place_credits(book, d);
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].format().rfind("pics/b.png: warning: image has no credit", 0) == 0);
    CHECK(d.all()[1].format() == "book.yaml:4: warning: credit under CC BY-SA 4.0 names no "
                                 "creator, but the licence requires attribution");
}
