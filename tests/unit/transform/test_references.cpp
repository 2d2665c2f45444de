#include "transform/references.hpp"

#include <catch2/catch.hpp>

using namespace galley;

namespace {

model::Block para(const std::string& text) {
    return model::make_paragraph({model::Inline::make_text(text)});
}

model::Book book_of(model::Blocks blocks) {
    model::Book book;
    model::Article a;
    a.blocks = std::move(blocks);
    book.articles.push_back(std::move(a));
    return book;
}

} // namespace

TEST_CASE("references: numbered entries under a References heading hang",
          "[transform][references]") {
    model::Book book = book_of({para("Body text [1]."),
                                model::make_heading(2, {model::Inline::make_text("References:")}),
                                para("[1] First source, 2023."), para("2. Second source."),
                                para("(3) Third source."),
                                model::make_heading(2, {model::Inline::make_text("After")}),
                                para("[4] Not a reference: another section.")});
    transform::mark_references(book);
    const model::Blocks& b = book.articles[0].blocks;
    CHECK(b[0].role.empty());
    CHECK(b[2].role == "references");
    CHECK(b[3].role == "references");
    CHECK(b[4].role == "references");
    CHECK(b[6].role.empty());
}

TEST_CASE("references: prose under such a heading, or another heading, is left alone",
          "[transform][references]") {
    // One paragraph without a marker: the section is prose.
    model::Book prose = book_of({model::make_heading(2, {model::Inline::make_text("Notes")}),
                                 para("[1] An entry."), para("A paragraph of prose.")});
    transform::mark_references(prose);
    CHECK(prose.articles[0].blocks[1].role.empty());
    // Another heading's entries, and a single entry, are not a list.
    model::Book other = book_of({model::make_heading(2, {model::Inline::make_text("Steps")}),
                                 para("1. One."), para("2. Two.")});
    transform::mark_references(other);
    CHECK(other.articles[0].blocks[1].role.empty());
    model::Book one = book_of({model::make_heading(2, {model::Inline::make_text("Sources")}),
                               para("[1] Only one.")});
    transform::mark_references(one);
    CHECK(one.articles[0].blocks[1].role.empty());
    // A marker needs its closing bracket.
    model::Book year = book_of({model::make_heading(2, {model::Inline::make_text("Sources")}),
                                para("[1 Unclosed."), para("[2] Closed.")});
    transform::mark_references(year);
    CHECK(year.articles[0].blocks[1].role.empty());
}
