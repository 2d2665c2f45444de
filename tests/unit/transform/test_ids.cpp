#include "transform/ids.hpp"

#include <catch2/catch.hpp>

using namespace galley;

TEST_CASE("ids are unique across the book and stable", "[transform][ids]") {
    model::Book book;
    for (int i = 0; i < 2; ++i) {
        model::Article a;
        a.title = "A";
        a.blocks.push_back(model::make_heading(2, {model::Inline::make_text("Same heading")}));
        a.blocks.push_back(model::make_heading(2, {model::Inline::make_text("Same heading")}));
        book.articles.push_back(a);
    }
    transform::assign_ids(book);
    CHECK(book.articles[0].id == "ch001");
    CHECK(book.articles[1].id == "ch002");
    CHECK(book.articles[0].blocks[0].id == "ch001-same-heading");
    CHECK(book.articles[0].blocks[1].id == "ch001-same-heading-2");
    CHECK(book.articles[1].blocks[0].id == "ch002-same-heading");

    model::Book again = book;
    transform::assign_ids(again);
    CHECK(again == book);
}

TEST_CASE("many identical headings get successive suffixes", "[transform][ids]") {
    model::Book book;
    model::Article a;
    a.blocks.push_back(model::make_heading(2, {model::Inline::make_text("Notes 2")}));
    for (int i = 0; i < 3000; ++i)
        a.blocks.push_back(model::make_heading(2, {model::Inline::make_text("Notes")}));
    book.articles.push_back(a);
    transform::assign_ids(book);
    const auto& b = book.articles[0].blocks;
    CHECK(b[0].id == "ch001-notes-2");
    CHECK(b[1].id == "ch001-notes");
    CHECK(b[2].id == "ch001-notes-3"); // "-2" is taken by the first heading
    CHECK(b[3].id == "ch001-notes-4");
    CHECK(b[3000].id == "ch001-notes-3001");
}
