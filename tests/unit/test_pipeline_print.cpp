// The pipeline's print outputs: page size precedence, default outputs,
// handouts.
#include "pipeline/pipeline.hpp"
#include "util/file_io.hpp"
#include "util/process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using namespace galley;

namespace {

model::Book one_article_book() {
    model::Book book;
    book.meta.title = "Print Test";
    book.meta.lang = "en";
    model::Article a;
    a.id = "ch001";
    a.title = "Only";
    a.blocks.push_back(model::make_paragraph({model::Inline::make_text("Body.")}));
    book.articles.push_back(a);
    model::Article b = a;
    b.id = "ch002";
    b.title = "Second / Part";
    book.articles.push_back(b);
    return book;
}

std::string write_html(const model::Book& book, Options options, const util::TempDir& dir) {
    const fs::path out = dir.path() / "book.html";
    options.outputs = {out.string()};
    write_outputs(book, options);
    return util::read_file(out);
}

} // namespace

TEST_CASE("the page size option wins over the metadata, A4 without either", "[pipeline][print]") {
    util::TempDir dir;
    model::Book book = one_article_book();
    Options options;
    CHECK(write_html(book, options, dir).find("@page { size: A4;") != std::string::npos);
    book.meta.page_size = "letter";
    CHECK(write_html(book, options, dir).find("@page { size: letter;") != std::string::npos);
    options.page_size = "a5";
    CHECK(write_html(book, options, dir).find("@page { size: A5;") != std::string::npos);

    options.page_size = "B5";
    CHECK_THROWS_AS(write_html(book, options, dir), UsageError);
    options.page_size.clear();
    book.meta.page_size = "Tabloid";
    CHECK_THROWS_WITH(write_html(book, options, dir), Catch::Contains("Tabloid"));
    // An EPUB alone does not care about the print page size.
    options.outputs = {(dir.path() / "x.epub").string()};
    CHECK_NOTHROW(write_outputs(book, options));
}

TEST_CASE("default outputs are the EPUB and the print HTML", "[pipeline][print]") {
    const auto outs = default_outputs(one_article_book());
    REQUIRE(outs.size() == 2);
    CHECK(outs[0] == (fs::path("out") / "print-test.epub").string());
    CHECK(outs[1] == (fs::path("out") / "print-test.html").string());
}

TEST_CASE("handouts are one file per article, named by id and title", "[pipeline][print]") {
    util::TempDir dir;
    Options options;
    options.outputs = {(dir.path() / "book.html").string()};
    options.handouts_dir = (dir.path() / "handouts").string();
    const auto written = write_outputs(one_article_book(), options);
    REQUIRE(written.size() == 3);
    CHECK(written[1] == dir.path() / "handouts" / "ch001-only.html");
    CHECK(written[2] == dir.path() / "handouts" / "ch002-second-part.html");
    const std::string second = util::read_file(written[2]);
    CHECK(second.find("<title>Second / Part</title>") != std::string::npos);
    CHECK(second.find("id=\"ch001\"") == std::string::npos);
}

TEST_CASE("unsupported output types are usage errors naming the file", "[pipeline][print]") {
    util::TempDir dir;
    Options options;
    options.outputs = {(dir.path() / "a.html").string(), (dir.path() / "b.odt").string()};
    CHECK_THROWS_AS(write_outputs(one_article_book(), options), UsageError);
    CHECK_FALSE(fs::exists(dir.path() / "a.html"));
}
