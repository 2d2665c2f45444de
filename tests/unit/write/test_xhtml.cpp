#include "write/xhtml.hpp"
#include "write/xhtml_sink.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;
using model::Inline;

namespace {
std::string render(const model::Article& a) {
    tinyxml2::XMLPrinter p;
    write::XhtmlSink sink(p);
    write::render_article(a, sink);
    return std::string(p.CStr());
}
} // namespace

TEST_CASE("articles render as a section with h1 and escaped text", "[write][xhtml]") {
    model::Article a;
    a.id = "ch001";
    a.title = "Fish & <Chips>";
    a.blocks.push_back(
        model::make_paragraph({Inline::make_text("Tom said \"hi\" & left <quickly>.")}));
    auto h = model::make_heading(2, {Inline::make_text("Part")});
    h.id = "ch001-part";
    a.blocks.push_back(h);

    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    const auto* section = doc.FirstChildElement("section");
    REQUIRE(section);
    CHECK(test::attr(section, "id") == "ch001");
    REQUIRE(section->FirstChildElement("header"));
    CHECK(test::text(section->FirstChildElement("header")->FirstChildElement("h1")) ==
          "Fish & <Chips>");
    CHECK(test::text(section->FirstChildElement("p")) == "Tom said \"hi\" & left <quickly>.");
    // The heading opens a section that carries its id.
    const auto* sub = section->FirstChildElement("section");
    REQUIRE(sub);
    CHECK(test::attr(sub, "id") == "ch001-part");
    REQUIRE(sub->FirstChildElement("h2"));
    CHECK(test::attr(sub->FirstChildElement("h2"), "id").empty());
}

TEST_CASE("inline markup adds no white space", "[write][xhtml]") {
    model::Article a;
    a.id = "x";
    a.blocks.push_back(model::make_paragraph(
        {Inline::make_span(Inline::Kind::Emphasis, {Inline::make_text("a")}),
         Inline::make_span(Inline::Kind::Strong, {Inline::make_text("b")}), Inline::make_text("c"),
         Inline::make_link("https://example.org/a b", {Inline::make_text("d")}),
         Inline::make_link("javascript:alert(1)", {Inline::make_text("e")})}));
    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    const auto* p = doc.FirstChildElement("section")->FirstChildElement("p");
    CHECK(test::text(p) == "abcde");
    const auto links = test::all(p, "a");
    REQUIRE(links.size() == 1); // the javascript: link is text only
    CHECK(test::attr(links[0], "href") == "https://example.org/a%20b");
}

TEST_CASE("lists, quotes, code and breaks", "[write][xhtml]") {
    model::Article a;
    a.id = "x";
    Block list;
    list.kind = Block::Kind::List;
    list.ordered = true;
    list.start = 3;
    for (const char* t : {"one", "two"}) {
        Block item;
        item.kind = Block::Kind::ListItem;
        item.children.push_back(model::make_paragraph({Inline::make_text(t)}));
        list.children.push_back(item);
    }
    a.blocks.push_back(list);
    Block quote;
    quote.kind = Block::Kind::BlockQuote;
    quote.children.push_back(model::make_paragraph({Inline::make_text("q")}));
    a.blocks.push_back(quote);
    Block code;
    code.kind = Block::Kind::CodeBlock;
    code.text = "if (a < b) {\n  x();\n}";
    code.language = "c";
    a.blocks.push_back(code);
    Block hr;
    hr.kind = Block::Kind::ThematicBreak;
    a.blocks.push_back(hr);

    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    const auto ols = test::all(&doc, "ol");
    REQUIRE(ols.size() == 1);
    CHECK(test::attr(ols[0], "start") == "3");
    CHECK(test::all(ols[0], "li").size() == 2);
    CHECK(test::all(&doc, "blockquote").size() == 1);
    const auto codes = test::all(&doc, "code");
    REQUIRE(codes.size() == 1);
    CHECK(test::text(codes[0]) == "if (a < b) {\n  x();\n}");
    CHECK(test::attr(codes[0], "class") == "language-c");
    CHECK(test::all(&doc, "hr").size() == 1);
}

TEST_CASE("the sink keeps output well-formed for any text", "[write][xhtml]") {
    model::Article a;
    a.id = "x";
    a.title = std::string("bad \x01\xFF bytes", 12);
    a.blocks.push_back(model::make_paragraph({Inline::make_text("]]> <!-- &amp; \x0B")}));
    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    CHECK(test::text(doc.FirstChildElement("section")->FirstChildElement("p")) ==
          "]]> <!-- &amp; \xEF\xBF\xBD");
}

TEST_CASE("a model nested deeper than the cap still renders all text", "[write][xhtml]") {
    model::Article a;
    a.id = "x";
    Block leaf = model::make_paragraph({Inline::make_text("deep")});
    Block cur = leaf;
    for (int i = 0; i < 200; ++i) {
        Block q;
        q.kind = Block::Kind::BlockQuote;
        q.children.push_back(cur);
        cur = q;
    }
    a.blocks.push_back(cur);
    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    CHECK(test::text(doc.FirstChildElement("section")).find("deep") != std::string::npos);
    CHECK(test::all(&doc, "blockquote").size() <= 66);
}

TEST_CASE("headings nest sections by level; blocks stay in their section", "[write][xhtml]") {
    model::Article a;
    a.id = "ch001";
    a.title = "T";
    auto heading = [&](int level, const char* text, const char* id) {
        auto h = model::make_heading(level, {Inline::make_text(text)});
        h.id = id;
        a.blocks.push_back(h);
    };
    auto para = [&](const char* text) {
        a.blocks.push_back(model::make_paragraph({Inline::make_text(text)}));
    };
    para("intro");
    heading(2, "A", "a");
    para("in a");
    heading(3, "A1", "a1");
    para("in a1");
    heading(5, "A1x", "a1x"); // skipped level: nests inside A1
    heading(2, "B", "b");
    para("in b");
    heading(1, "Odd", "odd"); // a level-1 block heading is an h2: one h1 only

    tinyxml2::XMLDocument doc;
    test::parse(doc, render(a));
    const auto* article = doc.FirstChildElement("section");
    REQUIRE(article);
    CHECK(test::all(&doc, "h1").size() == 1);
    // intro stays directly in the article, before the first section.
    CHECK(test::text(article->FirstChildElement("p")) == "intro");
    std::vector<std::string> top;
    for (const auto* s = article->FirstChildElement("section"); s;
         s = s->NextSiblingElement("section"))
        top.push_back(test::attr(s, "id"));
    CHECK(top == std::vector<std::string>{"a", "b", "odd"});

    const auto* sa = article->FirstChildElement("section");
    CHECK(std::string(sa->FirstChildElement()->Name()) == "h2");
    CHECK(test::text(sa->FirstChildElement("p")) == "in a");
    const auto* sa1 = sa->FirstChildElement("section");
    REQUIRE(sa1);
    CHECK(test::attr(sa1, "id") == "a1");
    CHECK(test::text(sa1->FirstChildElement("p")) == "in a1");
    const auto* sa1x = sa1->FirstChildElement("section");
    REQUIRE(sa1x);
    // A skipped level (h3 then h5) renders in order: h4.
    CHECK(std::string(sa1x->FirstChildElement()->Name()) == "h4");
    const auto* sodd = sa->NextSiblingElement("section")->NextSiblingElement("section");
    CHECK(std::string(sodd->FirstChildElement()->Name()) == "h2");
    // No heading keeps an id: it sits on the section alone.
    CHECK(test::all(&doc, "h5").empty());
    for (const char* h : {"h2", "h3", "h4"})
        for (const auto* e : test::all(&doc, h))
            CHECK(test::attr(e, "id").empty());
}

TEST_CASE("article attributes and automatic direction", "[write][xhtml]") {
    model::Article a;
    a.id = "x";
    a.title = "T";
    a.blocks.push_back(model::make_paragraph({Inline::make_text("p")}));
    Block list;
    list.kind = Block::Kind::List;
    list.tight = true;
    Block item;
    item.kind = Block::Kind::ListItem;
    item.children.push_back(model::make_paragraph({Inline::make_text("i")}));
    list.children.push_back(item);
    a.blocks.push_back(list);
    write::RenderOptions options;
    options.article_attributes = {{"role", "doc-chapter"}};
    options.auto_direction = true;
    tinyxml2::XMLPrinter p;
    write::XhtmlSink sink(p);
    write::render_article(a, sink, options);
    tinyxml2::XMLDocument doc;
    test::parse(doc, p.CStr());
    CHECK(test::attr(doc.FirstChildElement("section"), "role") == "doc-chapter");
    CHECK(test::attr(test::all(&doc, "h1").at(0), "dir") == "auto");
    CHECK(test::attr(test::all(&doc, "p").at(0), "dir") == "auto");
    CHECK(test::attr(test::all(&doc, "li").at(0), "dir") == "auto");
    // Without the option, no dir anywhere.
    tinyxml2::XMLDocument plain;
    test::parse(plain, render(a));
    for (const auto* e : test::all(&plain, "p"))
        CHECK(test::attr(e, "dir").empty());
}
