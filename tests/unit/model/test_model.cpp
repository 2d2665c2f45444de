#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace galley::model;

TEST_CASE("plain_text flattens inline markup", "[model]") {
    const Inlines in = {Inline::make_text("a "),
                        Inline::make_span(Inline::Kind::Emphasis, {Inline::make_text("b")}),
                        Inline::make_break(), Inline::make_code("c()"),
                        Inline::make_link("https://x.org", {Inline::make_text(" d")})};
    CHECK(plain_text(in) == "a b c() d");
}

TEST_CASE("diagnostics format as file:line: warning", "[model]") {
    Diagnostics d;
    d.warn({"a.txt", 3}, "looks odd");
    d.warn({"b.yaml", 0}, "no line");
    d.note({"c.md", 7}, "fyi");
    REQUIRE(d.all().size() == 3);
    CHECK(d.all()[0].format() == "a.txt:3: warning: looks odd");
    CHECK(d.all()[1].format() == "b.yaml: warning: no line");
    CHECK(d.all()[2].format() == "c.md:7: note: fyi");
    CHECK(d.warning_count() == 2);

    Diagnostics more;
    more.warn({"z.txt", 1}, "later");
    d.append(more);
    CHECK(d.all().back().pos.file == "z.txt");
}

TEST_CASE("errors carry position and context", "[model]") {
    const Error inner(SourcePos{"book.yaml", 4}, "invalid YAML");
    CHECK(std::string(inner.what()) == "book.yaml:4: error: invalid YAML");
    const Error outer("cannot read metadata", inner);
    CHECK(std::string(outer.what()) == "cannot read metadata: book.yaml:4: error: invalid YAML");
}

TEST_CASE("article language falls back to the book's, then en", "[model]") {
    Book book;
    Article a;
    CHECK(article_lang(book, a) == "en");
    book.meta.lang = "fr";
    CHECK(article_lang(book, a) == "fr");
    a.lang = "fa";
    CHECK(article_lang(book, a) == "fa");
}

TEST_CASE("images_in finds images at any depth", "[model]") {
    Block quote;
    quote.kind = Block::Kind::BlockQuote;
    quote.children.push_back(make_paragraph(
        {Inline::make_span(Inline::Kind::Emphasis, {Inline::make_image("a.png", "A")})}));
    Blocks blocks{make_paragraph({Inline::make_text("x"), Inline::make_image("b.svg", "B")}), quote};
    std::vector<std::string> found;
    for (const Inline* in : images_in(blocks)) found.push_back(in->url);
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::string>{"a.png", "b.svg"});
    CHECK(images_in(Blocks{}).empty());
}
