#include "html_helpers.hpp"
#include "write/print/print_writer.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace galley;
using model::Inline;
using write::print::PageSize;
using write::print::PrintOptions;
using write::print::write_print_html;

namespace {

model::Article article(std::string id, std::string title, std::string body) {
    model::Article a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.blocks.push_back(model::make_paragraph({Inline::make_text(std::move(body))}));
    return a;
}

model::Book sample_book() {
    model::Book book;
    book.meta.title = "A \"Book\" </style> of Things";
    book.meta.lang = "en";
    book.meta.authors = {{"Ann Author", "", ""}, {"Bo Writer", "", ""}};
    book.meta.subjects = {"Tests", "Print"};
    book.articles.push_back(article("ch001", "First", "Hello & welcome."));
    auto second = article("ch002", "Dovom", "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"); // سلام
    second.lang = "fa";
    second.blocks.push_back(model::make_paragraph(
        {Inline::make_image("images/a.png", "an image"), Inline::make_image("missing.png", "gone"),
         Inline::make_link("https://example.org/x", {Inline::make_text("link")})}));
    book.articles.push_back(second);
    book.assets.push_back({"images/a.png", "image/png", "abcd", "a.png", false});
    return book;
}

std::string render(const model::Book& book, const PrintOptions& options = {}) {
    std::string out;
    write_print_html(book, out, options);
    return out;
}

std::string style_of(const test::html::Node& doc) {
    const auto* style = doc.first("style");
    REQUIRE(style);
    return style->all_text();
}

} // namespace

TEST_CASE("the print HTML merges every article into one HTML5 document", "[write][print]") {
    const model::Book book = sample_book();
    const std::string html = render(book);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", 0) == 0);
    CHECK(html.find("/>") == std::string::npos);
    const auto doc = test::html::parse(html);

    const auto* head = doc->first("head");
    REQUIRE(head);
    REQUIRE(head->first("meta"));
    CHECK(head->first("meta")->attr("charset") == "utf-8");
    CHECK(head->first("title")->all_text() == book.meta.title);
    bool author = false;
    for (const auto* m : head->all("meta"))
        author = author ||
                 (m->attr("name") == "author" && m->attr("content") == "Ann Author, Bo Writer");
    CHECK(author);

    const auto* title_page = doc->first("header");
    REQUIRE(title_page);
    CHECK(title_page->has_class("title-page"));
    CHECK(title_page->first("h1")->has_class("book-title"));
    CHECK(title_page->first("h1")->all_text() == book.meta.title);

    // The contents list links to every article, in order, by its id.
    const auto* nav = doc->first("nav");
    REQUIRE(nav);
    const auto links = nav->all("a");
    REQUIRE(links.size() == 2);
    const auto sections = doc->all("section");
    REQUIRE(sections.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(links[i]->attr("href") == "#" + book.articles[i].id);
        CHECK(links[i]->all_text() == book.articles[i].title);
        CHECK(sections[i]->attr("id") == book.articles[i].id);
        CHECK(sections[i]->first("h1")->all_text() == book.articles[i].title);
    }

    // One article element per article; only the one in another language
    // carries lang and dir="auto".
    const auto chapters = doc->all("article");
    REQUIRE(chapters.size() == 2);
    CHECK(chapters[0]->has_class("chapter"));
    CHECK_FALSE(chapters[0]->has_attr("lang"));
    CHECK_FALSE(chapters[0]->has_attr("dir"));
    CHECK(chapters[1]->attr("lang") == "fa");
    CHECK(chapters[1]->attr("dir") == "auto");
    CHECK(chapters[0]->all_text().find("Hello & welcome.") != std::string::npos);
}

TEST_CASE("the print HTML is self-contained", "[write][print]") {
    const auto doc = test::html::parse(render(sample_book()));
    CHECK(doc->all("link").empty());
    CHECK(doc->all("script").empty());
    const auto imgs = doc->all("img");
    REQUIRE(imgs.size() == 2);
    // "abcd" in base64 is "YWJjZA==".
    CHECK(imgs[0]->attr("src") == "data:image/png;base64,YWJjZA==");
    CHECK(imgs[0]->attr("alt") == "an image");
    // An image with no embedded asset requests nothing: a blank GIF.
    CHECK(imgs[1]->attr("src").rfind("data:image/gif;base64,R0lGOD", 0) == 0);
    const std::string css = style_of(*doc);
    CHECK(css.find("@import") == std::string::npos);
    CHECK(css.find("url(") == std::string::npos);
    // The built-in print.css is inlined.
    CHECK(css.find("string-set: article-title content()") != std::string::npos);
    CHECK(css.find("target-counter(attr(href), page)") != std::string::npos);
}

TEST_CASE("the page size and the literal running head lead the stylesheet", "[write][print]") {
    const model::Book book = sample_book();
    for (const auto& [size, keyword] :
         {std::pair{PageSize::A4, "size: A4;"}, std::pair{PageSize::Letter, "size: letter;"},
          std::pair{PageSize::A5, "size: A5;"}}) {
        PrintOptions options;
        options.page_size = size;
        const auto doc = test::html::parse(render(book, options));
        const std::string css = style_of(*doc);
        CHECK(css.rfind(std::string("@page { ") + keyword, 0) == 0);
        // The book title, as a CSS string, before print.css's string() head;
        // `<` is escaped so the title cannot end the style element.
        const std::size_t literal =
            css.find("@page { @top-left { content: \"A \\\"Book\\\" \\3C /style> of Things\"; } }");
        CHECK(literal != std::string::npos);
        CHECK(literal < css.find("content: string(book-title)"));
    }
}

TEST_CASE("a right-to-left book is marked rtl and its head is mirrored", "[write][print]") {
    model::Book book = sample_book();
    book.meta.lang = "fa-IR";
    const auto doc = test::html::parse(render(book));
    const auto* html = doc->first("html");
    CHECK(html->attr("lang") == "fa-IR");
    CHECK(html->attr("dir") == "rtl");
    CHECK(style_of(*doc).find("@page rtl { @top-right { content: ") != std::string::npos);
    // The Persian article is in the book's language now (another variant
    // tag): its own lang, but no dir="auto".
    CHECK(doc->all("article")[1]->attr("lang") == "fa");
    CHECK_FALSE(doc->all("article")[1]->has_attr("dir"));
    CHECK(doc->all("article")[0]->attr("lang") == "");
}

TEST_CASE("a handout is one article with its own title block", "[write][print]") {
    model::Book book = sample_book();
    book.articles[1].authors = {{"Pari Nevis", "", ""}};
    PrintOptions options;
    options.handout = 1;
    const auto doc = test::html::parse(render(book, options));
    CHECK(doc->first("html")->attr("lang") == "fa");
    CHECK(doc->first("html")->attr("dir") == "rtl");
    CHECK(doc->first("title")->all_text() == "Dovom");
    CHECK(doc->first("nav") == nullptr);
    const auto chapters = doc->all("article");
    REQUIRE(chapters.size() == 1);
    CHECK(chapters[0]->has_class("handout"));
    const auto* block = chapters[0]->first("header");
    REQUIRE(block);
    CHECK(block->has_class("title-block"));
    CHECK(block->first("span")->has_class("book-title"));
    CHECK(block->first("span")->all_text() == book.meta.title);
    // The byline is in the article's own header, in its language.
    CHECK(chapters[0]->all_text().find("Pari Nevis") != std::string::npos);
    const auto sections = doc->all("section");
    REQUIRE(sections.size() == 1);
    CHECK(sections[0]->attr("id") == "ch002");
    // Its image is still inlined from the book's assets.
    CHECK(doc->first("img")->attr("src") == "data:image/png;base64,YWJjZA==");

    options.handout = 2;
    std::string out;
    CHECK_THROWS_AS(write_print_html(book, out, options), std::out_of_range);
}

TEST_CASE("the print HTML is deterministic", "[write][print]") {
    const model::Book book = sample_book();
    CHECK(render(book) == render(book));
}

TEST_CASE("page sizes and right-to-left languages are recognised", "[write][print]") {
    CHECK(write::print::parse_page_size("a4") == PageSize::A4);
    CHECK(write::print::parse_page_size("LETTER") == PageSize::Letter);
    CHECK(write::print::parse_page_size(" A5 ") == PageSize::A5);
    CHECK_FALSE(write::print::parse_page_size("B5"));
    CHECK_FALSE(write::print::parse_page_size(""));
}
