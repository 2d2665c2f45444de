// Block constructs of CommonMark, asserted on the model and on the XHTML.

#include "markdown_test_util.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley;
using model::Block;
using model::Inline;

TEST_CASE("Markdown blocks: headings of every level and style", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# Title\n\n## Two ##\n\n### Three\n\n###### Six\n\n"
                                 "Setext one\n==========\n\nSetext two\n---\n",
                                 d);
    CHECK(a.title == "Title");
    REQUIRE(a.blocks.size() == 5);
    CHECK(a.blocks[0].level == 2);
    CHECK(model::plain_text(a.blocks[0].inlines) == "Two");
    CHECK(a.blocks[1].level == 3);
    CHECK(a.blocks[2].level == 6);
    CHECK(a.blocks[3].level == 2); // a second level-1 heading ranks below the title
    CHECK(a.blocks[3].pos.line == 9);
    CHECK(a.blocks[4].level == 2);
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    CHECK(test::all(s, "h1").size() == 1);
    CHECK(test::all(s, "h2").size() == 3);
    CHECK(test::text(test::all(s, "h3").at(0)) == "Three");
    // The rendered rank follows the nesting (an h6 right under an h3 renders
    // as h4) so that heading order never skips a level.
    CHECK(test::text(test::all(s, "h4").at(0)) == "Six");
    CHECK(test::all(s, "h6").empty());
}

TEST_CASE("Markdown blocks: code blocks keep their text and language", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n```python title=\"x\"\nif a < b:\n    pass\n```\n\n    "
                                 "indented &amp;\n\n~~~\nt\n~~~\n",
                                 d);
    REQUIRE(a.blocks.size() == 3);
    CHECK(a.blocks[0].kind == Block::Kind::CodeBlock);
    CHECK(a.blocks[0].language == "python");
    CHECK(a.blocks[0].text == "if a < b:\n    pass\n");
    CHECK(a.blocks[1].language.empty());
    CHECK(a.blocks[1].text == "indented &amp;\n");
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    const auto codes = test::all(s, "code");
    REQUIRE(codes.size() == 3);
    CHECK(test::attr(codes[0], "class") == "language-python");
    CHECK(test::text(codes[0]) == "if a < b:\n    pass\n");
    // Nothing but the code inside <pre>: white space there would show.
    CHECK(test::text(test::all(s, "pre").at(2)) == "t\n");
}

TEST_CASE("Markdown blocks: block quotes nest", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n> outer\nlazy\n>\n> > inner\n", d);
    REQUIRE(a.blocks.size() == 1);
    const Block& q = a.blocks[0];
    CHECK(q.kind == Block::Kind::BlockQuote);
    REQUIRE(q.children.size() == 2);
    CHECK(model::plain_text(q.children[0].inlines) == "outer lazy");
    CHECK(q.children[1].kind == Block::Kind::BlockQuote);
    tinyxml2::XMLDocument doc;
    CHECK(test::all(test::render_md(doc, a), "blockquote").size() == 2);
}

TEST_CASE("Markdown blocks: tight and loose lists, start numbers", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n- a\n- b\n\n7) x\n\n8) y\n\n   more\n", d);
    REQUIRE(a.blocks.size() == 2);
    const Block& tight = a.blocks[0];
    CHECK(tight.kind == Block::Kind::List);
    CHECK_FALSE(tight.ordered);
    CHECK(tight.tight);
    const Block& loose = a.blocks[1];
    CHECK(loose.ordered);
    CHECK(loose.start == 7);
    CHECK_FALSE(loose.tight);
    REQUIRE(loose.children.size() == 2);
    CHECK(loose.children[1].children.size() == 2);
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    const auto* ul = s->FirstChildElement("ul");
    REQUIRE(ul);
    CHECK(ul->FirstChildElement("li")->FirstChildElement("p") == nullptr); // tight: bare text
    CHECK(test::text(ul->FirstChildElement("li")) == "a");
    const auto* ol = s->FirstChildElement("ol");
    REQUIRE(ol);
    CHECK(test::attr(ol, "start") == "7");
    CHECK(test::all(ol, "p").size() == 3); // loose: paragraphs
}

TEST_CASE("Markdown blocks: thematic breaks and paragraphs", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\none\n\n***\n\ntwo\n___\n", d);
    REQUIRE(a.blocks.size() == 4);
    CHECK(a.blocks[1].kind == Block::Kind::ThematicBreak);
    CHECK(a.blocks[3].kind == Block::Kind::ThematicBreak);
    tinyxml2::XMLDocument doc;
    CHECK(test::all(test::render_md(doc, a), "hr").size() == 2);
    CHECK(d.all().empty());
}

TEST_CASE("Markdown blocks: flattened deep lists keep only items in lists", "[read][markdown]") {
    model::Diagnostics d;
    std::string deep = "# T\n\n";
    for (int i = 0; i < 80; ++i)
        deep +=
            std::string(static_cast<std::size_t>(2 * i), ' ') + "- item" + std::to_string(i) + "\n";
    const auto a = test::read_md(deep, d);
    CHECK(test::reported(d, "nesting deeper than"));
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    for (const char* list : {"ul", "ol"})
        for (const auto* l : test::all(s, list))
            for (const auto* c = l->FirstChildElement(); c; c = c->NextSiblingElement())
                CHECK(std::string(c->Name()) == "li");
    // Every item's text is there, each in a paragraph of its own.
    std::vector<std::string> paras;
    std::vector<const Block*> todo;
    for (const Block& b : a.blocks)
        todo.push_back(&b);
    while (!todo.empty()) {
        const Block* b = todo.back();
        todo.pop_back();
        if (b->kind == Block::Kind::Paragraph) paras.push_back(model::plain_text(b->inlines));
        for (const Block& c : b->children)
            todo.push_back(&c);
    }
    REQUIRE(paras.size() == 80);
    std::sort(paras.begin(), paras.end());
    CHECK(paras.front() == "item0");
    CHECK(paras.back() == "item9");
    CHECK(std::find(paras.begin(), paras.end(), "item79") != paras.end());
}
