// The EPUB writer's cover, images, credits page and the metadata refinements.

#include "transform/ids.hpp"
#include "write/epub/epub_writer.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace galley;
using write::epub::MemoryPackage;

namespace {

const std::string png(std::string("\x89PNG\r\n\x1A\n", 8) + "data");

model::Book book_with_images(bool cover) {
    model::Book book;
    book.meta.title = "Pictures";
    book.meta.subtitle = "and makers";
    book.meta.lang = "en";
    book.meta.identifier = "doi:10.1/x";
    book.meta.identifier_scheme = "DOI";
    book.meta.authors = {{"Ann Author", "", ""}};
    book.meta.contributors = {{"Tran Slator", "trl", "Slator, Tran"}, {"Helper", "", ""}};
    book.meta.collection = "Test books";
    book.meta.group_position = "2";
    book.meta.page_progression_direction = "rtl";
    book.modified_epoch = 1596585600;
    book.assets.push_back({"images/aaaa.png", "image/png", png, "a.png", false});
    if (cover) {
        book.assets.push_back({"images/cccc.png", "image/png", png + "c", "cover.png", true});
        book.meta.cover_image = "images/cccc.png";
    }
    model::Article a;
    a.title = "Story";
    a.blocks.push_back(
        model::make_paragraph({model::Inline::make_image("images/aaaa.png", "A", 1)}));
    model::Credit c;
    c.subject = "images/aaaa.png";
    c.creator = "Philafrenzy";
    c.source = "Wikimedia Commons";
    c.licence = {"CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"};
    a.credits.push_back(c);
    book.articles.push_back(a);
    transform::assign_ids(book);
    return book;
}

struct Opf {
    tinyxml2::XMLDocument doc;
    std::map<std::string, const tinyxml2::XMLElement*> items; // by id
    std::vector<std::string> spine;
    std::map<std::string, std::string> props; // "refines|property" -> text
    explicit Opf(const MemoryPackage& pkg) {
        const auto* e = pkg.find("EPUB/content.opf");
        REQUIRE(e);
        test::parse(doc, e->bytes);
        for (const auto* item : test::all(&doc, "item"))
            items[test::attr(item, "id")] = item;
        for (const auto* ref : test::all(&doc, "itemref"))
            spine.push_back(test::attr(ref, "idref"));
        for (const auto* m : test::all(&doc, "meta"))
            props[test::attr(m, "refines") + "|" + test::attr(m, "property")] = test::text(m);
    }
};

} // namespace

TEST_CASE("EPUB: a given cover image is the cover, first in the spine and a landmark",
          "[write][epub][cover]") {
    MemoryPackage pkg;
    write::epub::write_epub(book_with_images(true), pkg);
    Opf opf(pkg);
    REQUIRE(opf.items.count("cover-image"));
    CHECK(test::attr(opf.items["cover-image"], "href") == "images/cccc.png");
    CHECK(test::attr(opf.items["cover-image"], "properties") == "cover-image");
    CHECK(test::attr(opf.items["cover-image"], "media-type") == "image/png");
    CHECK(pkg.find("EPUB/images/cover.svg") == nullptr); // nothing generated
    CHECK(pkg.find("EPUB/images/cccc.png")->bytes == png + "c");
    REQUIRE(opf.spine.size() >= 2);
    CHECK(opf.spine.front() == "cover");

    tinyxml2::XMLDocument cover;
    test::parse(cover, pkg.find("EPUB/text/cover.xhtml")->bytes);
    const auto imgs = test::all(&cover, "img");
    REQUIRE(imgs.size() == 1);
    CHECK(test::attr(imgs[0], "src") == "../images/cccc.png");
    CHECK(test::attr(imgs[0], "alt") == "Cover: Pictures: and makers, by Ann Author");
    CHECK(test::attr(test::all(&cover, "section").at(0), "epub:type") == "cover");

    tinyxml2::XMLDocument nav;
    test::parse(nav, pkg.find("EPUB/nav.xhtml")->bytes);
    std::map<std::string, std::string> landmarks;
    for (const auto* a : test::all(test::all(&nav, "nav").at(1), "a"))
        landmarks[test::attr(a, "epub:type")] = test::attr(a, "href");
    CHECK(landmarks["cover"] == "text/cover.xhtml");
    CHECK(landmarks["credits"] == "text/credits.xhtml");
    // The cover is not listed in the contents; the credits page is.
    std::vector<std::string> toc;
    for (const auto* a : test::all(test::all(&nav, "nav").at(0), "a"))
        toc.push_back(test::text(a));
    CHECK(toc == std::vector<std::string>{"Story", "Credits"});
}

TEST_CASE("EPUB: without a cover image, one is drawn from title, subtitle and authors",
          "[write][epub][cover]") {
    MemoryPackage pkg;
    write::epub::write_epub(book_with_images(false), pkg);
    Opf opf(pkg);
    REQUIRE(opf.items.count("cover-image"));
    CHECK(test::attr(opf.items["cover-image"], "href") == "images/cover.svg");
    CHECK(test::attr(opf.items["cover-image"], "media-type") == "image/svg+xml");
    CHECK(test::attr(opf.items["cover-image"], "properties") == "cover-image");
    tinyxml2::XMLDocument svg;
    test::parse(svg, pkg.find("EPUB/images/cover.svg")->bytes);
    std::vector<std::string> lines;
    for (const auto* t : test::all(&svg, "text"))
        lines.push_back(test::text(t));
    CHECK(lines == std::vector<std::string>{"Pictures", "and makers", "Ann Author"});
    CHECK(test::text(test::all(&svg, "title").at(0)) == "Pictures");
}

TEST_CASE("EPUB: long titles wrap on the generated cover", "[write][epub][cover]") {
    model::Book book = book_with_images(false);
    book.meta.title = "A very long title that cannot possibly fit on one line of the cover";
    book.meta.subtitle.clear();
    MemoryPackage pkg;
    write::epub::write_epub(book, pkg);
    tinyxml2::XMLDocument svg;
    test::parse(svg, pkg.find("EPUB/images/cover.svg")->bytes);
    const auto texts = test::all(&svg, "text");
    REQUIRE(texts.size() >= 4);
    std::string joined;
    for (std::size_t i = 0; i + 1 < texts.size(); ++i) {
        CHECK(test::text(texts[i]).size() <= 20);
        joined += (i ? " " : "") + test::text(texts[i]);
    }
    CHECK(joined == book.meta.title);
}

TEST_CASE("EPUB: images in the manifest, referenced relative to the chapter", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(book_with_images(true), pkg);
    Opf opf(pkg);
    REQUIRE(opf.items.count("image1"));
    CHECK(test::attr(opf.items["image1"], "href") == "images/aaaa.png");
    CHECK(test::attr(opf.items["image1"], "media-type") == "image/png");
    CHECK(test::attr(opf.items["image1"], "properties").empty());
    const auto* stored = pkg.find("EPUB/images/aaaa.png");
    REQUIRE(stored);
    CHECK(stored->bytes == png);
    CHECK_FALSE(stored->compressed);
    tinyxml2::XMLDocument ch;
    test::parse(ch, pkg.find("EPUB/text/ch001.xhtml")->bytes);
    const auto imgs = test::all(&ch, "img");
    REQUIRE(imgs.size() == 1);
    CHECK(test::attr(imgs[0], "src") == "../images/aaaa.png");
}

TEST_CASE("EPUB: the credits page is back matter at the end of the spine", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(book_with_images(true), pkg);
    Opf opf(pkg);
    REQUIRE(opf.items.count("credits"));
    CHECK(test::attr(opf.items["credits"], "href") == "text/credits.xhtml");
    // cover, chapter, credits, then the non-linear nav
    CHECK(opf.spine == std::vector<std::string>{"cover", "titlepage", "ch001", "credits", "nav"});
    tinyxml2::XMLDocument doc;
    test::parse(doc, pkg.find("EPUB/text/credits.xhtml")->bytes);
    CHECK(test::attr(test::all(&doc, "body").at(0), "epub:type") == "backmatter");
    const auto items = test::all(&doc, "li");
    REQUIRE(items.size() == 1);
    CHECK(test::text(items[0]) ==
          "Image in \u201CStory\u201D: Philafrenzy via Wikimedia Commons, CC BY-SA 4.0");
    CHECK(test::attr(test::all(items[0], "a").at(0), "href") ==
          "https://creativecommons.org/licenses/by-sa/4.0/");

    // No credits, no page.
    model::Book plain = book_with_images(false);
    plain.articles[0].credits.clear();
    MemoryPackage pkg2;
    write::epub::write_epub(plain, pkg2);
    CHECK(pkg2.find("EPUB/text/credits.xhtml") == nullptr);
    CHECK(Opf(pkg2).items.count("credits") == 0);
}

TEST_CASE("EPUB: contributors, identifier scheme, collection, reading direction",
          "[write][epub][metadata]") {
    MemoryPackage pkg;
    write::epub::write_epub(book_with_images(true), pkg);
    Opf opf(pkg);
    const auto contributors = test::all(&opf.doc, "dc:contributor");
    REQUIRE(contributors.size() == 2);
    CHECK(test::text(contributors[0]) == "Tran Slator");
    const std::string id0 = "#" + test::attr(contributors[0], "id");
    const std::string id1 = "#" + test::attr(contributors[1], "id");
    CHECK(opf.props[id0 + "|role"] == "trl");
    CHECK(opf.props[id0 + "|file-as"] == "Slator, Tran");
    CHECK(opf.props[id1 + "|role"] == "ctb");
    CHECK(opf.props["#pub-id|identifier-type"] == "06");
    const auto metas = test::all(&opf.doc, "meta");
    const tinyxml2::XMLElement* collection = nullptr;
    for (const auto* m : metas)
        if (test::attr(m, "property") == "belongs-to-collection") collection = m;
    REQUIRE(collection);
    CHECK(test::text(collection) == "Test books");
    const std::string ref = "#" + test::attr(collection, "id");
    CHECK(opf.props[ref + "|collection-type"] == "series");
    CHECK(opf.props[ref + "|group-position"] == "2");
    CHECK(test::attr(test::all(&opf.doc, "spine").at(0), "page-progression-direction") == "rtl");
}
