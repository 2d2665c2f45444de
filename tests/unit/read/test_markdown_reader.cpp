#include "read/markdown/markdown_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;
using model::Inline;

namespace {
model::Article read_str(std::string text, model::Diagnostics& d) {
    read::SourceText src{"a.md", std::move(text), "UTF-8"};
    return read::read_markdown(src, d);
}
} // namespace

TEST_CASE("Markdown: first h1 is the title, other headings rank below it", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = read_str(
        "# The *Title*\n\nIntro with **bold** and `code`.\n\n## Part one\n\n# Another h1\n", d);
    CHECK(a.title == "The Title");
    REQUIRE(a.blocks.size() == 3);
    CHECK(a.blocks[0].kind == Block::Kind::Paragraph);
    CHECK(a.blocks[1].kind == Block::Kind::Heading);
    CHECK(a.blocks[1].level == 2);
    CHECK(a.blocks[1].pos.line == 5);
    CHECK(a.blocks[2].level == 2); // a second h1 never outranks the title
    const auto& in = a.blocks[0].inlines;
    REQUIRE(in.size() == 5);
    CHECK(in[1].kind == Inline::Kind::Strong);
    CHECK(in[3].kind == Inline::Kind::Code);
    CHECK(in[3].text == "code");
}

TEST_CASE("Markdown: lists keep order and start number", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = read_str("# T\n\n3. three\n4. four\n\n- x\n- y\n", d);
    REQUIRE(a.blocks.size() == 2);
    CHECK(a.blocks[0].kind == Block::Kind::List);
    CHECK(a.blocks[0].ordered);
    CHECK(a.blocks[0].start == 3);
    CHECK(a.blocks[0].children.size() == 2);
    CHECK_FALSE(a.blocks[1].ordered);
    CHECK(model::plain_text(a.blocks[1].children[1].children[0].inlines) == "y");
}

TEST_CASE("Markdown: raw HTML never passes through, drops are reported", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = read_str("# T\n\nHello <script>alert(1)</script> there\n", d);
    CHECK(model::plain_text(a.blocks.at(0).inlines) == "Hello  there");
    CHECK(d.warning_count() == 1);
    CHECK(d.all()[0].pos.line == 3);
}

TEST_CASE("Markdown: deep nesting is flattened, not recursed", "[read][markdown]") {
    model::Diagnostics d;
    std::string deep = "# T\n\n" + std::string(5000, '>') + " bottom\n";
    const auto a = read_str(deep, d);
    int depth = 0;
    const Block* b = &a.blocks.at(0);
    while (!b->children.empty()) {
        b = &b->children.front();
        ++depth;
    }
    CHECK(depth < 60);
    CHECK(model::plain_text(b->inlines) == "bottom");
    CHECK(d.warning_count() == 1);
}

TEST_CASE("Markdown: no heading means the first line is the title", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = read_str("Just a line\n\nand more\n", d);
    CHECK(a.title == "Just a line");
}
