#include "read/text_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;

namespace {
model::Article read_str(std::string text, model::Diagnostics& d) {
    read::SourceText src{"a.txt", std::move(text), "UTF-8"};
    return read::read_text(src, d);
}
std::string para(const model::Article& a, std::size_t i) {
    return model::plain_text(a.blocks.at(i).inlines);
}
} // namespace

TEST_CASE("first non-empty line is the title; blank lines separate paragraphs", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("\n\n  My Title  \n\nFirst para\ncontinues.\n\n\nSecond.\n", d);
    CHECK(a.title == "My Title");
    REQUIRE(a.blocks.size() == 2);
    CHECK(para(a, 0) == "First para continues.");
    CHECK(a.blocks[0].pos.line == 5);
    CHECK(para(a, 1) == "Second.");
    CHECK(a.blocks[1].pos.line == 9);
    CHECK(a.source.file == "a.txt");
    CHECK(d.all().empty());
}

TEST_CASE("runs of spaces and no-break spaces collapse to one", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("T\n\nOne.\xC2\xA0 \xC2\xA0Two  three\t four.\xC2\xA0 \n", d);
    REQUIRE(a.blocks.size() == 1);
    CHECK(para(a, 0) == "One. Two three four.");
}

TEST_CASE("an empty file gives an empty, titled article and a warning", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str(" \n\n", d);
    CHECK(a.title == "Untitled");
    CHECK(a.blocks.empty());
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() == "a.txt: warning: empty article: no text found");
}

TEST_CASE("text after the title line in the same chunk is kept", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("Title\nbody right below\n", d);
    CHECK(a.title == "Title");
    REQUIRE(a.blocks.size() == 1);
    CHECK(para(a, 0) == "body right below");
    CHECK(a.blocks[0].pos.line == 2);
}
