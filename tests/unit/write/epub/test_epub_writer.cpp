#include "transform/ids.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/package_path.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace galley;
using write::epub::MemoryPackage;
using write::epub::PackagePath;

namespace {

model::Book sample_book() {
    model::Book book;
    book.meta.title = "A & B";
    book.meta.lang = "en";
    book.meta.identifier = "urn:uuid:00000000-0000-5000-8000-000000000000";
    book.meta.authors = {{"Ann Author", "", "Author, Ann"}, {"Ed Itor", "edt", ""}};
    book.meta.date = "2020-08-05";
    book.modified_epoch = 1596585600; // 2020-08-05T00:00:00Z
    for (const char* title : {"First article", "Second article"}) {
        model::Article a;
        a.title = title;
        a.blocks.push_back(
            model::make_paragraph({model::Inline::make_text("Body of " + std::string(title))}));
        a.blocks.push_back(model::make_heading(2, {model::Inline::make_text("A section")}));
        a.blocks.push_back(model::make_heading(3, {model::Inline::make_text("A subsection")}));
        book.articles.push_back(a);
    }
    transform::assign_ids(book);
    return book;
}

const MemoryPackage::Entry& entry(const MemoryPackage& pkg, std::string_view path) {
    const auto* e = pkg.find(path);
    INFO(path);
    REQUIRE(e);
    return *e;
}

// Resolves `href` (no fragment) relative to the document at `from`.
std::string resolve(const std::string& from, std::string href) {
    href = href.substr(0, href.find('#'));
    std::string dir = from.substr(0, from.rfind('/') + 1);
    while (href.rfind("../", 0) == 0) {
        href = href.substr(3);
        dir = dir.substr(0, dir.rfind('/', dir.size() - 2) + 1);
    }
    return dir + href;
}

} // namespace

TEST_CASE("EPUB: mimetype first and stored, files in recipe order", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg);
    const auto& e = pkg.entries();
    // mimetype, container, cover, title page, 2 chapters, nav, ncx, css,
    // generated cover image, opf
    REQUIRE(e.size() == 11);
    CHECK(e[2].path.str() == "EPUB/text/cover.xhtml");
    CHECK(e[3].path.str() == "EPUB/text/titlepage.xhtml");
    CHECK(e[0].path.str() == "mimetype");
    CHECK(e[0].bytes == "application/epub+zip");
    CHECK_FALSE(e[0].compressed);
    CHECK(e[1].path.str() == "META-INF/container.xml");
    CHECK(e.back().path.str() == "EPUB/content.opf");
}

TEST_CASE("EPUB: container points at the package document", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg);
    tinyxml2::XMLDocument doc;
    test::parse(doc, entry(pkg, "META-INF/container.xml").bytes);
    const auto rootfiles = test::all(&doc, "rootfile");
    REQUIRE(rootfiles.size() == 1);
    CHECK(pkg.find(test::attr(rootfiles[0], "full-path")) != nullptr);
    CHECK(test::attr(rootfiles[0], "media-type") == "application/oebps-package+xml");
}

TEST_CASE("EPUB: package document metadata, manifest and spine", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg);
    tinyxml2::XMLDocument doc;
    test::parse(doc, entry(pkg, "EPUB/content.opf").bytes);
    const auto* package = doc.FirstChildElement("package");
    REQUIRE(package);
    CHECK(test::attr(package, "version") == "3.0");
    const auto* md = package->FirstChildElement("metadata");
    REQUIRE(md);
    CHECK(test::text(md->FirstChildElement("dc:identifier")) ==
          "urn:uuid:00000000-0000-5000-8000-000000000000");
    CHECK(test::attr(md->FirstChildElement("dc:identifier"), "id") ==
          test::attr(package, "unique-identifier"));
    CHECK(test::text(md->FirstChildElement("dc:title")) == "A & B");
    CHECK(test::text(md->FirstChildElement("dc:language")) == "en");
    CHECK(test::text(md->FirstChildElement("dc:creator")) == "Ann Author");
    CHECK(test::text(md->FirstChildElement("dc:contributor")) == "Ed Itor");
    CHECK(test::text(md->FirstChildElement("dc:date")) == "2020-08-05");
    std::map<std::string, std::string> props;
    for (const auto* m : test::all(md, "meta"))
        props[test::attr(m, "refines") + "|" + test::attr(m, "property")] = test::text(m);
    CHECK(props["|dcterms:modified"] == "2020-08-05T00:00:00Z");
    CHECK(props["#creator1|file-as"] == "Author, Ann");
    CHECK(props["#creator2|role"] == "edt");

    // Every manifest item exists in the package; every spine itemref names an item.
    std::set<std::string> ids;
    std::set<std::string> listed;
    for (const auto* item : test::all(package, "item")) {
        ids.insert(test::attr(item, "id"));
        const std::string path = resolve("EPUB/content.opf", test::attr(item, "href"));
        listed.insert(path);
        INFO(path);
        CHECK(pkg.find(path) != nullptr);
    }
    for (const auto& e : pkg.entries()) {
        if (e.path.str() == "mimetype" || e.path.str().rfind("META-INF/", 0) == 0 ||
            e.path.str() == "EPUB/content.opf")
            continue;
        INFO(e.path.str());
        CHECK(listed.count(e.path.str()) == 1);
    }
    const auto refs = test::all(package->FirstChildElement("spine"), "itemref");
    REQUIRE(refs.size() == 5);
    CHECK(test::attr(refs[0], "idref") == "cover");
    CHECK(test::attr(refs[1], "idref") == "titlepage");
    CHECK(test::attr(refs[2], "idref") == "ch001");
    CHECK(test::attr(refs[3], "idref") == "ch002");
    CHECK(test::attr(refs[4], "linear") == "no");
    for (const auto* r : refs)
        CHECK(ids.count(test::attr(r, "idref")) == 1);
}

TEST_CASE("EPUB: content documents carry the article", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg);
    tinyxml2::XMLDocument doc;
    test::parse(doc, entry(pkg, "EPUB/text/ch002.xhtml").bytes);
    const auto* html = doc.FirstChildElement("html");
    REQUIRE(html);
    CHECK(test::attr(html, "xmlns") == "http://www.w3.org/1999/xhtml");
    CHECK(test::attr(html, "xml:lang") == "en");
    CHECK(test::text(html->FirstChildElement("head")->FirstChildElement("title")) ==
          "Second article");
    const auto h1 = test::all(html, "h1");
    REQUIRE(h1.size() == 1);
    CHECK(test::text(h1[0]) == "Second article");
    CHECK(test::text(test::all(html, "p").at(0)) == "Body of Second article");
    const auto* link = html->FirstChildElement("head")->FirstChildElement("link");
    CHECK(pkg.find(resolve("EPUB/text/ch002.xhtml", test::attr(link, "href"))) != nullptr);
}

TEST_CASE("EPUB: nav and ncx list articles and sections, links resolve", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg);

    tinyxml2::XMLDocument nav;
    test::parse(nav, entry(pkg, "EPUB/nav.xhtml").bytes);
    const auto navs = test::all(&nav, "nav");
    REQUIRE(navs.size() == 2);
    CHECK(test::attr(navs[0], "epub:type") == "toc");
    const auto links = test::all(navs[0], "a");
    REQUIRE(links.size() == 4); // 2 articles + their level-2 sections (depth 2)
    CHECK(test::text(links[0]) == "First article");
    CHECK(test::attr(links[1], "href") == "text/ch001.xhtml#ch001-a-section");
    for (const auto* a : links) {
        const std::string href = test::attr(a, "href");
        const std::string target = resolve("EPUB/nav.xhtml", href);
        REQUIRE(pkg.find(target));
        if (auto hash = href.find('#'); hash != std::string::npos) {
            tinyxml2::XMLDocument ch;
            test::parse(ch, pkg.find(target)->bytes);
            // The id sits on the section that opens with the heading.
            bool found = false;
            for (const auto* sec : test::all(&ch, "section")) {
                if (test::attr(sec, "id") != href.substr(hash + 1)) continue;
                found = true;
                const auto* first = sec->FirstChildElement();
                REQUIRE(first);
                CHECK(std::string(first->Name()) == "h2");
                CHECK(test::text(first) == test::text(a));
            }
            CHECK(found);
        }
    }

    tinyxml2::XMLDocument ncx;
    test::parse(ncx, entry(pkg, "EPUB/toc.ncx").bytes);
    const auto points = test::all(&ncx, "navPoint");
    REQUIRE(points.size() == 4);
    CHECK(test::attr(points[0], "playOrder") == "1");
    CHECK(test::attr(points[3], "playOrder") == "4");
    std::string uid;
    for (const auto* m : test::all(&ncx, "meta"))
        if (test::attr(m, "name") == "dtb:uid") uid = test::attr(m, "content");
    CHECK(uid == "urn:uuid:00000000-0000-5000-8000-000000000000");
    for (const auto* c : test::all(&ncx, "content"))
        CHECK(pkg.find(resolve("EPUB/toc.ncx", test::attr(c, "src"))));
}

TEST_CASE("EPUB: toc depth 1 lists articles only", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg, {"", 1});
    tinyxml2::XMLDocument nav;
    test::parse(nav, entry(pkg, "EPUB/nav.xhtml").bytes);
    CHECK(test::all(test::all(&nav, "nav").at(0), "a").size() == 2);
}

TEST_CASE("EPUB: a custom stylesheet replaces the built-in one", "[write][epub]") {
    MemoryPackage pkg;
    write::epub::write_epub(sample_book(), pkg, {"p { color: red; }", 2});
    CHECK(entry(pkg, "EPUB/styles/epub.css").bytes == "p { color: red; }");
    MemoryPackage builtin;
    write::epub::write_epub(sample_book(), builtin);
    CHECK(entry(builtin, "EPUB/styles/epub.css").bytes.find("text-indent") != std::string::npos);
}
