// Splitting long articles into several content documents: where the cuts
// fall, that every part stays under the limit, and that links follow their
// targets into other parts.

#include "epub_test_util.hpp"
#include "write/epub/split.hpp"

#include <map>

using namespace galley;
using model::Block;
using write::epub::ArticlePart;
using write::epub::split_article;

namespace {

// A paragraph of about `bytes` characters.
Block filler(std::size_t bytes, int n) {
    std::string s = "Paragraph " + std::to_string(n) + ":";
    while (s.size() < bytes)
        s += " the ship sailed north";
    return model::make_paragraph(test::words(s));
}

// `chapters` level-2 sections of `paragraphs` paragraphs of `bytes` each.
model::Article long_article(int chapters, int paragraphs, std::size_t bytes) {
    model::Article a;
    a.title = "Voyage";
    int n = 0;
    for (int c = 1; c <= chapters; ++c) {
        a.blocks.push_back(model::make_heading(2, test::words("Chapter " + std::to_string(c))));
        for (int p = 0; p < paragraphs; ++p)
            a.blocks.push_back(filler(bytes, ++n));
    }
    return a;
}

// Records what reaches it, for the link rewriter.
struct Recorder : write::MarkupSink {
    std::vector<std::string> hrefs;
    void open(const char*, bool) override {}
    void attribute(const char* name, std::string_view value) override {
        if (std::string_view(name) == "href") hrefs.emplace_back(value);
    }
    void text(std::string_view) override {}
    void close() override {}
};

} // namespace

TEST_CASE("an article within the limit is one part", "[write][epub][split]") {
    const model::Article a = long_article(3, 3, 500);
    const auto parts = split_article(a, 200 * 1024);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].first == 0);
    CHECK(parts[0].end == a.blocks.size());
    CHECK(split_article(a, 0).size() == 1);
}

TEST_CASE("a long article splits before each top-level heading", "[write][epub][split]") {
    const model::Article a = long_article(5, 10, 1000); // about 50 KB
    const auto parts = split_article(a, 20 * 1024);
    REQUIRE(parts.size() == 5);
    for (const ArticlePart& p : parts) {
        CHECK(a.blocks[p.first].kind == Block::Kind::Heading);
        CHECK(p.end - p.first == 11);
        CHECK(p.bytes <= 20 * 1024);
    }
}

TEST_CASE("a section over the limit splits between blocks", "[write][epub][split]") {
    const model::Article a = long_article(2, 40, 1000); // two sections of about 40 KB
    const auto parts = split_article(a, 10 * 1024);
    CHECK(parts.size() >= 8);
    std::size_t next = 0;
    for (const ArticlePart& p : parts) {
        CHECK(p.first == next); // contiguous, nothing lost
        CHECK(p.bytes <= 10 * 1024);
        next = p.end;
    }
    CHECK(next == a.blocks.size());
}

TEST_CASE("split parts: spine, nav and sizes of the real documents", "[write][epub][split]") {
    const model::Book book = test::book_with({long_article(6, 12, 1500)}); // about 110 KB
    write::epub::EpubOptions options;
    options.split_size = 32 * 1024;
    const auto pkg = test::write(book, options);

    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    std::vector<std::string> parts;
    for (const auto* ref : test::all(&opf, "itemref")) {
        const std::string id = test::attr(ref, "idref");
        if (id.rfind("ch001", 0) == 0) parts.push_back(id);
    }
    REQUIRE(parts.size() == 6);
    CHECK(parts[0] == "ch001");
    CHECK(parts[1] == "ch001-part2");

    // Every heading in the nav points at the part that holds its id.
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    int checked = 0;
    for (const auto* a : test::all(&nav, "a")) {
        const std::string href = test::attr(a, "href");
        const auto hash = href.find('#');
        if (hash == std::string::npos || href.rfind("text/", 0) != 0) continue;
        tinyxml2::XMLDocument doc;
        test::parse_entry(doc, pkg, "EPUB/" + href.substr(0, hash));
        const auto* target = test::find_by(&doc, "section", "id", href.substr(hash + 1));
        REQUIRE(target);
        CHECK(test::text(target->FirstChildElement("h2")) == test::text(a));
        ++checked;
    }
    CHECK(checked == 6);
    for (const auto& e : pkg.entries())
        if (e.path.str().find("/text/ch001") != std::string::npos) CHECK(e.bytes.size() <= 32 * 1024);
}

TEST_CASE("links follow their target into another part", "[write][epub][split]") {
    std::map<std::string, std::string> homes;
    write::epub::IdCollector a(homes, "ch001.xhtml"), b(homes, "ch001-part2.xhtml");
    a.open("p", false);
    a.attribute("id", "ref1");
    b.open("aside", false);
    b.attribute("id", "fn1");
    CHECK(homes.at("fn1") == "ch001-part2.xhtml");

    Recorder out;
    write::epub::LinkRewriter first(out, homes, "ch001.xhtml");
    first.attribute("href", "#fn1");     // in the other part
    first.attribute("href", "#ref1");    // here
    first.attribute("href", "#missing"); // unknown: as written
    first.attribute("href", "https://example.org/#fn1");
    CHECK(out.hrefs == std::vector<std::string>{"ch001-part2.xhtml#fn1", "#ref1", "#missing",
                                                "https://example.org/#fn1"});
}
