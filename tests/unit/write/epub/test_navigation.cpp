// Contents (nav.xhtml, toc.ncx), landmarks, document semantics and ids.

#include "epub_test_util.hpp"
#include "write/epub/epub_parts.hpp"

#include <algorithm>
#include <set>

using namespace galley;
using test::children;
using test::words;

namespace {

// An article whose headings exercise nesting: h2 > h3 h3, h2 > h4 (a skipped
// level), an h2 without text and an h3 below it.
model::Article structured(const std::string& title) {
    model::Article a;
    a.title = title;
    a.blocks.push_back(model::make_paragraph(words("Intro of " + title)));
    a.blocks.push_back(model::make_heading(2, words("One")));
    a.blocks.push_back(model::make_paragraph(words("one")));
    a.blocks.push_back(model::make_heading(3, words("One a")));
    a.blocks.push_back(model::make_heading(3, words("One b")));
    a.blocks.push_back(model::make_heading(2, words("Two")));
    a.blocks.push_back(model::make_heading(4, words("Two deep")));
    a.blocks.push_back(model::make_heading(2, words("  ")));
    a.blocks.push_back(model::make_heading(3, words("Orphan")));
    return a;
}

std::string label(const tinyxml2::XMLElement* li) {
    const auto* a = li->FirstChildElement("a");
    REQUIRE(a);
    return test::text(a);
}

// The labels of the <li> children of `ol`.
std::vector<std::string> labels(const tinyxml2::XMLElement* ol) {
    std::vector<std::string> out;
    for (const auto* li : children(ol, "li"))
        out.push_back(label(li));
    return out;
}

const tinyxml2::XMLElement* toc_nav(const tinyxml2::XMLDocument& nav) {
    const auto* toc = test::find_by(&nav, "nav", "epub:type", "toc");
    REQUIRE(toc);
    return toc;
}

std::string directory_of(const std::string& path) {
    return path.substr(0, path.rfind('/') + 1);
}

// Joins a relative href (only "x" and "../x" forms occur) to the folder of
// the document at `from`, without its fragment.
std::string resolve(const std::string& from, std::string href) {
    href = href.substr(0, href.find('#'));
    std::string dir = directory_of(from);
    while (href.rfind("../", 0) == 0) {
        href = href.substr(3);
        dir = directory_of(dir.substr(0, dir.size() - 1));
    }
    return dir + href;
}

} // namespace

TEST_CASE("contents nest sections under their articles by heading level", "[write][epub][nav]") {
    const auto book = test::book_with({structured("First"), structured("Second")});
    const auto pkg = test::write(book, {"", 6});
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    const auto* root = toc_nav(nav)->FirstChildElement("ol");
    REQUIRE(root);
    CHECK(labels(root) == std::vector<std::string>{"First", "Second"});

    const auto* first = children(root, "li").at(0);
    const auto* sections = first->FirstChildElement("ol");
    REQUIRE(sections);
    // The heading without text is left out; its h3 closes "Two" and hangs
    // from the article, as its section does.
    CHECK(labels(sections) == std::vector<std::string>{"One", "Two", "Orphan"});
    const auto items = children(sections, "li");
    REQUIRE(items.at(0)->FirstChildElement("ol"));
    CHECK(labels(items[0]->FirstChildElement("ol")) == std::vector<std::string>{"One a", "One b"});
    REQUIRE(items.at(1)->FirstChildElement("ol"));
    CHECK(labels(items[1]->FirstChildElement("ol")) == std::vector<std::string>{"Two deep"});
    CHECK(items.at(2)->FirstChildElement("ol") == nullptr);
    // Every <ol> in the contents has at least one entry (EPUB requires it).
    for (const auto* ol : test::all(toc_nav(nav), "ol"))
        CHECK_FALSE(children(ol, "li").empty());
}

TEST_CASE("toc depth limits the levels listed", "[write][epub][nav]") {
    const auto book = test::book_with({structured("First")});
    for (const auto& [depth, count] :
         std::vector<std::pair<int, std::size_t>>{{1, 1}, {2, 3}, {3, 6}, {4, 7}}) {
        const auto pkg = test::write(book, {"", depth});
        tinyxml2::XMLDocument nav;
        test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
        INFO("depth " << depth);
        CHECK(test::all(toc_nav(nav), "a").size() == count);
        tinyxml2::XMLDocument ncx;
        test::parse_entry(ncx, pkg, "EPUB/toc.ncx");
        CHECK(test::all(&ncx, "navPoint").size() == count);
    }
}

TEST_CASE("toc.ncx mirrors the contents with nested navPoints", "[write][epub][nav]") {
    const auto book = test::book_with({structured("First"), structured("Second")});
    const auto pkg = test::write(book, {"", 6});
    tinyxml2::XMLDocument ncx;
    test::parse_entry(ncx, pkg, "EPUB/toc.ncx");
    const auto* map = ncx.FirstChildElement("ncx")->FirstChildElement("navMap");
    REQUIRE(map);
    const auto top = children(map, "navPoint");
    REQUIRE(top.size() == 2);
    auto name = [](const tinyxml2::XMLElement* np) {
        return test::text(np->FirstChildElement("navLabel"));
    };
    CHECK(name(top[0]) == "First");
    const auto sections = children(top[0], "navPoint");
    REQUIRE(sections.size() == 3);
    CHECK(name(sections[0]) == "One");
    CHECK(children(sections[0], "navPoint").size() == 2);
    CHECK(name(children(sections[1], "navPoint").at(0)) == "Two deep");
    CHECK(name(sections[2]) == "Orphan");

    // playOrder follows document order; the depth is declared.
    int expected = 0;
    for (const auto* np : test::all(&ncx, "navPoint"))
        CHECK(std::stoi(test::attr(np, "playOrder")) == ++expected);
    std::string depth;
    for (const auto* m : test::all(&ncx, "meta"))
        if (test::attr(m, "name") == "dtb:depth") depth = test::attr(m, "content");
    CHECK(depth == "3");

    // Same entries, same targets as nav.xhtml (both files sit in EPUB/).
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    std::vector<std::string> nav_targets, ncx_targets;
    for (const auto* a : test::all(toc_nav(nav), "a"))
        nav_targets.push_back(test::attr(a, "href"));
    for (const auto* c : test::all(&ncx, "content"))
        ncx_targets.push_back(test::attr(c, "src"));
    CHECK(nav_targets == ncx_targets);
}

TEST_CASE("every contents link lands on a section opening with its heading", "[write][epub][nav]") {
    // Two articles with the same headings still get distinct ids.
    const auto book = test::book_with({structured("Same"), structured("Same")});
    const auto pkg = test::write(book, {"", 6});
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    std::set<std::string> hrefs;
    for (const auto* a : test::all(toc_nav(nav), "a")) {
        const std::string href = test::attr(a, "href");
        CHECK(hrefs.insert(href).second);
        const std::string target = resolve("EPUB/nav.xhtml", href);
        tinyxml2::XMLDocument doc;
        test::parse_entry(doc, pkg, target);
        const auto hash = href.find('#');
        if (hash == std::string::npos) {
            CHECK(test::text(test::all(&doc, "h1").at(0)) == test::text(a));
            continue;
        }
        const auto* section = test::find_by(&doc, "section", "id", href.substr(hash + 1));
        INFO(href);
        REQUIRE(section);
        const auto* heading = section->FirstChildElement();
        REQUIRE(heading);
        CHECK(std::string(heading->Name()).size() == 2);
        CHECK(heading->Name()[0] == 'h');
        CHECK(test::text(heading) == test::text(a));
    }
}

TEST_CASE("ids are unique across the whole book", "[write][epub][nav]") {
    const auto book = test::book_with({structured("Same"), structured("Same")});
    const auto pkg = test::write(book);
    std::set<std::string> ids;
    int documents = 0;
    for (const auto& e : pkg.entries()) {
        if (e.path.str().rfind("EPUB/text/", 0) != 0) continue;
        ++documents;
        tinyxml2::XMLDocument doc;
        test::parse(doc, e.bytes);
        std::vector<const tinyxml2::XMLNode*> stack{&doc};
        while (!stack.empty()) {
            const auto* n = stack.back();
            stack.pop_back();
            if (const auto* el = n->ToElement(); el && el->Attribute("id")) {
                INFO(e.path.str() << " #" << el->Attribute("id"));
                CHECK(ids.insert(el->Attribute("id")).second);
            }
            for (const auto* c = n->FirstChild(); c; c = c->NextSibling())
                stack.push_back(c);
        }
    }
    CHECK(documents == 4); // cover, title page and two chapters
    CHECK(ids.count("ch001-one") == 1);
    CHECK(ids.count("ch002-one") == 1);
}

TEST_CASE("landmarks point at the title page, the contents and the body", "[write][epub][nav]") {
    const auto book = test::book_with({structured("First"), structured("Second")});
    SECTION("with a title page") {
        const auto pkg = test::write(book);
        tinyxml2::XMLDocument nav;
        test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
        const auto* landmarks = test::find_by(&nav, "nav", "epub:type", "landmarks");
        REQUIRE(landmarks);
        std::vector<std::pair<std::string, std::string>> got;
        for (const auto* a : test::all(landmarks, "a"))
            got.emplace_back(test::attr(a, "epub:type"), test::attr(a, "href"));
        CHECK(got == std::vector<std::pair<std::string, std::string>>{
                         {"toc", "#toc"},
                         {"cover", "text/cover.xhtml"},
                         {"titlepage", "text/titlepage.xhtml"},
                         {"bodymatter", "text/ch001.xhtml"}});
        for (const auto* a : test::all(landmarks, "a"))
            CHECK_FALSE(test::text(a).empty());
    }
    SECTION("without") {
        write::epub::EpubOptions options;
        options.title_page = false;
        const auto pkg = test::write(book, options);
        CHECK(pkg.find("EPUB/text/titlepage.xhtml") == nullptr);
        tinyxml2::XMLDocument nav;
        test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
        CHECK(test::find_by(&nav, "a", "epub:type", "titlepage") == nullptr);
        CHECK(test::find_by(&nav, "a", "epub:type", "bodymatter") != nullptr);
        tinyxml2::XMLDocument opf;
        test::parse_entry(opf, pkg, "EPUB/content.opf");
        CHECK(test::attr(test::all(&opf, "itemref").at(0), "idref") == "cover");
        CHECK(test::attr(test::all(&opf, "itemref").at(1), "idref") == "ch001");
    }
}

TEST_CASE("chapters carry epub:type and ARIA role and one h1", "[write][epub][nav]") {
    const auto book = test::book_with({structured("First")});
    const auto pkg = test::write(book);
    tinyxml2::XMLDocument doc;
    test::parse_entry(doc, pkg, "EPUB/text/ch001.xhtml");
    const auto* body = test::all(&doc, "body").at(0);
    CHECK(test::attr(body, "epub:type") == "bodymatter");
    const auto* article = body->FirstChildElement("section");
    REQUIRE(article);
    CHECK(test::attr(article, "epub:type") == "chapter");
    CHECK(test::attr(article, "role") == "doc-chapter");
    CHECK(test::attr(article, "id") == "ch001");
    CHECK(test::all(&doc, "h1").size() == 1);
    // The title opens the article's header (with its byline, date, origin).
    const auto* header = article->FirstChildElement("header");
    REQUIRE(header);
    CHECK(test::attr(header, "class") == "article-header");
    REQUIRE(header->FirstChildElement("h1"));
    CHECK(test::text(header->FirstChildElement("h1")) == "First");

    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    CHECK(test::attr(toc_nav(nav), "role") == "doc-toc");
    CHECK(test::find_by(&nav, "nav", "epub:type", "landmarks") != nullptr);
}

TEST_CASE("document semantics per kind", "[write][epub][nav]") {
    using write::epub::Document;
    using write::epub::semantics_of;
    CHECK(std::string(semantics_of(Document::Kind::Chapter).epub_type) == "chapter");
    CHECK(std::string(semantics_of(Document::Kind::Chapter).role) == "doc-chapter");
    CHECK(std::string(semantics_of(Document::Kind::Credits).role) == "doc-credits");
    CHECK(std::string(semantics_of(Document::Kind::Cover).role) == "doc-cover");
    CHECK(std::string(semantics_of(Document::Kind::TitlePage).epub_type) == "titlepage");
    CHECK(semantics_of(Document::Kind::TitlePage).role == nullptr);
}

TEST_CASE("many headings at every level nest no deeper than five", "[write][epub][nav]") {
    // Levels 2,3,4,5,6,2,3,... and out-of-range levels the model should not
    // hold but a future reader might produce.
    model::Article a;
    a.title = "Long";
    const int levels[] = {2, 3, 4, 5, 6, 9, -1, 2, 6, 3};
    for (int i = 0; i < 3000; ++i)
        a.blocks.push_back(model::make_heading(levels[i % 10], words("h" + std::to_string(i))));
    // One document, unsplit: this is about nesting (splitting: test_split.cpp).
    write::epub::EpubOptions options{"", 6};
    options.split_size = 0;
    const auto pkg = test::write(test::book_with({a}), options);
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    const auto* toc = toc_nav(nav);
    // Out-of-range levels are clamped into 2..6, so every heading is listed.
    CHECK(test::all(toc, "a").size() == 3001);
    int max_depth = 0;
    for (const auto* a_el : test::all(toc, "a")) {
        int depth = 0;
        for (const auto* n = a_el->Parent(); n && n != toc; n = n->Parent())
            depth += n->ToElement() && std::string(n->ToElement()->Name()) == "ol";
        max_depth = std::max(max_depth, depth);
    }
    CHECK(max_depth == 6); // the root list, then one per heading level 2..6
    tinyxml2::XMLDocument doc;
    test::parse_entry(doc, pkg, "EPUB/text/ch001.xhtml");
    CHECK(test::all(&doc, "section").size() == 3001);
    CHECK(test::all(&doc, "h1").size() == 1);
}
