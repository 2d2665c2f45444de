// Languages and writing direction: lang/xml:lang on every document, a
// per-article language overriding the book's, right-to-left books.

#include "epub_test_util.hpp"

using namespace galley;

namespace {

model::Article persian() {
    model::Article a;
    a.title = "کتابخانه‌ی شهر";
    a.lang = "fa";
    a.blocks.push_back(model::make_paragraph(
        test::words("این کتاب درباره‌ی تاریخ شهر است.")));
    a.blocks.push_back(model::make_heading(2, test::words("بخش نخست")));
    a.blocks.push_back(model::make_paragraph(test::words("The English title is City Library.")));
    return a;
}

model::Article english() {
    model::Article a;
    a.title = "The city library";
    a.blocks.push_back(model::make_paragraph(test::words("A book about the city.")));
    return a;
}

const tinyxml2::XMLElement* html_of(const tinyxml2::XMLDocument& doc) {
    const auto* html = doc.FirstChildElement("html");
    REQUIRE(html);
    return html;
}

void check_lang(const tinyxml2::XMLElement* e, const std::string& lang, const std::string& dir) {
    CHECK(test::attr(e, "lang") == lang);
    CHECK(test::attr(e, "xml:lang") == lang);
    CHECK(test::attr(e, "dir") == dir);
}

} // namespace

TEST_CASE("a Persian article in an English book", "[write][epub][lang]") {
    const auto pkg = test::write(test::book_with({english(), persian()}, "en"));

    tinyxml2::XMLDocument en;
    test::parse_entry(en, pkg, "EPUB/text/ch001.xhtml");
    check_lang(html_of(en), "en", "ltr");
    for (const auto* p : test::all(&en, "p"))
        CHECK(test::attr(p, "dir").empty()); // the book's own language: nothing to add

    tinyxml2::XMLDocument fa;
    test::parse_entry(fa, pkg, "EPUB/text/ch002.xhtml");
    check_lang(html_of(fa), "fa", "rtl");
    // Each block finds its own direction: the English sentence stays LTR.
    const auto ps = test::all(&fa, "p");
    REQUIRE(ps.size() == 2);
    for (const auto* p : ps)
        CHECK(test::attr(p, "dir") == "auto");
    CHECK(test::attr(test::all(&fa, "h1").at(0), "dir") == "auto");
    CHECK(test::attr(test::all(&fa, "h2").at(0), "dir") == "auto");

    // The book itself stays English and left to right.
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    const auto* package = opf.FirstChildElement("package");
    CHECK(test::attr(package, "xml:lang") == "en");
    CHECK(test::attr(package, "dir").empty());
    CHECK(test::attr(test::all(&opf, "spine").at(0), "page-progression-direction").empty());

    // The contents label the Persian entries as Persian, direction from text.
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    check_lang(html_of(nav), "en", "ltr");
    CHECK(test::attr(test::all(&nav, "h1").at(0), "lang").empty()); // English already
    int persian_entries = 0;
    for (const auto* li : test::all(&nav, "li")) {
        const std::string label = test::text(li->FirstChildElement("a"));
        if (test::attr(li, "lang") == "fa") {
            ++persian_entries;
            CHECK(test::attr(li, "xml:lang") == "fa");
            CHECK(test::attr(li->FirstChildElement("a"), "dir") == "auto");
        } else {
            CHECK(test::attr(li->FirstChildElement("a"), "dir").empty());
        }
    }
    CHECK(persian_entries == 2); // the article and its section
}

TEST_CASE("a Persian book is right to left throughout", "[write][epub][lang]") {
    auto article = persian();
    article.lang.clear(); // the book's language
    const auto pkg = test::write(test::book_with({article}, "fa"));
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    const auto* package = opf.FirstChildElement("package");
    CHECK(test::attr(package, "xml:lang") == "fa");
    CHECK(test::attr(package, "dir") == "rtl");
    CHECK(test::attr(test::all(&opf, "spine").at(0), "page-progression-direction") == "rtl");
    for (const char* path :
         {"EPUB/text/titlepage.xhtml", "EPUB/text/ch001.xhtml", "EPUB/nav.xhtml"}) {
        INFO(path);
        tinyxml2::XMLDocument doc;
        test::parse_entry(doc, pkg, path);
        check_lang(html_of(doc), "fa", "rtl");
    }
    // The navigation's labels are in the book's language (write/labels),
    // so they carry no lang="en" of their own.
    tinyxml2::XMLDocument nav;
    test::parse_entry(nav, pkg, "EPUB/nav.xhtml");
    CHECK(test::text(test::all(&nav, "h1").at(0)) == "\u0641\u0647\u0631\u0633\u062A"); // فهرست
    for (const char* label : {"h1", "h2"}) {
        const auto* e = test::all(&nav, label).at(0);
        CHECK(test::attr(e, "lang").empty());
        CHECK(test::attr(e, "xml:lang").empty());
    }
    tinyxml2::XMLDocument ch;
    test::parse_entry(ch, pkg, "EPUB/text/ch001.xhtml");
    for (const auto* p : test::all(&ch, "p"))
        CHECK(test::attr(p, "dir").empty()); // the document's dir already holds
    tinyxml2::XMLDocument ncx;
    test::parse_entry(ncx, pkg, "EPUB/toc.ncx");
    CHECK(test::attr(ncx.FirstChildElement("ncx"), "xml:lang") == "fa");
}

TEST_CASE("an English article in an Arabic book is left to right", "[write][epub][lang]") {
    auto article = english();
    article.lang = "en-GB";
    const auto pkg = test::write(test::book_with({article}, "ar"));
    tinyxml2::XMLDocument doc;
    test::parse_entry(doc, pkg, "EPUB/text/ch001.xhtml");
    check_lang(html_of(doc), "en-GB", "ltr");
    CHECK(test::attr(test::all(&doc, "p").at(0), "dir") == "auto");
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    CHECK(test::attr(test::all(&opf, "spine").at(0), "page-progression-direction") == "rtl");
}

TEST_CASE("explicit page-progression-direction wins over the language", "[write][epub][lang]") {
    auto book = test::book_with({english()}, "fa");
    book.meta.page_progression_direction = "ltr";
    const auto pkg = test::write(book);
    tinyxml2::XMLDocument opf;
    test::parse_entry(opf, pkg, "EPUB/content.opf");
    CHECK(test::attr(test::all(&opf, "spine").at(0), "page-progression-direction") == "ltr");
}
