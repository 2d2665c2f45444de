// The HTML reader on the end-to-end test pages (tests/e2e/fixtures/web):
// each page's article fields, and the structures a page maps onto (notes,
// tables, figures with credits, pull quotes, the lead image).
#include "read/html/html_reader.hpp"
#include "read/html/page_charset.hpp"
#include "util/file_io.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace galley;
using model::Block;
using model::Inline;

namespace {

const std::string web_dir = std::string(GALLEY_SOURCE_DIR) + "/tests/e2e/fixtures/web/";

model::Article read_page(const std::string& name, model::Diagnostics& diags,
                         read::HtmlReport* report = nullptr) {
    const std::string path = web_dir + name;
    const read::SourceText src = read::html::decode_page(util::read_file(path), path, diags);
    return read::read_html(src, diags, report);
}

std::vector<std::string> names(const model::Article& a) {
    std::vector<std::string> out;
    for (const auto& p : a.authors)
        out.push_back(p.name);
    return out;
}

const Block* find_block(const model::Blocks& blocks, Block::Kind kind) {
    for (const Block& b : blocks) {
        if (b.kind == kind) return &b;
        if (const Block* inner = find_block(b.children, kind)) return inner;
    }
    return nullptr;
}

bool has_note_ref(const model::Inlines& in, const std::string& label) {
    for (const Inline& i : in)
        if ((i.kind == Inline::Kind::NoteRef && i.text == label) || has_note_ref(i.children, label))
            return true;
    return false;
}

} // namespace

TEST_CASE("html reader: a news page's fields come from JSON-LD, og: and link rel=canonical",
          "[html]") {
    model::Diagnostics diags;
    read::HtmlReport report;
    const model::Article a = read_page("news.html", diags, &report);
    CHECK(a.title == "Harbour wall to be rebuilt after winter storms");
    CHECK(names(a) == std::vector<std::string>{"Mira Castell"});
    CHECK(a.date == "2024-03-02T08:30:00Z");
    CHECK(a.source_name == "The Coastal Courier");
    CHECK(a.url == "https://courier.example/news/2024/harbour-wall");
    CHECK(a.lang == "en-GB");
    CHECK(a.description == "The council approved the repair of the old harbour wall.");
    CHECK(report.title_rule == "JSON-LD headline");
    CHECK(report.authors_rule == "JSON-LD author");
    CHECK(report.date_rule == "JSON-LD datePublished");
    // The lazy image in the figure is its data-src, kept as a link (never fetched).
    const Block* fig = find_block(a.blocks, Block::Kind::Figure);
    REQUIRE(fig);
    REQUIRE(fig->children.at(0).inlines.size() == 1);
    CHECK(fig->children[0].inlines[0].kind == Inline::Kind::Link);
    CHECK(fig->children[0].inlines[0].url == "https://cdn.courier.example/img/harbour-wall-1600.jpg");
    CHECK(model::plain_text(fig->inlines) == "The breached wall at low tide.");
}

TEST_CASE("html reader: a blog post saved with its _files folder", "[html]") {
    model::Diagnostics diags;
    const model::Article a = read_page("blog.html", diags);
    CHECK(a.title == "Walking the coast path"); // <title> without " - Notes from the Shore"
    CHECK(names(a) == std::vector<std::string>{"Sam Ortega"});
    CHECK(a.date == "2024-05-18");
    CHECK(a.source_name == "Notes from the Shore");
    CHECK(a.url == "https://blog.example/2024/walking-the-coast");
    CHECK(a.lang == "en");
    // The figure before the text is the lead image; its caption is its credit.
    CHECK(a.lead_image.src == "./blog_files/harbour.jpg");
    CHECK(a.lead_image.alt == "The harbour at dawn");
    REQUIRE(a.credits.size() == 1);
    CHECK(a.credits[0].subject == "./blog_files/harbour.jpg");
    CHECK(a.credits[0].creator == "Jane Roe");
    CHECK(a.credits[0].source == "Harbour Archive");
    // The pull quote is marked as one.
    const Block* quote = find_block(a.blocks, Block::Kind::BlockQuote);
    REQUIRE(quote);
    CHECK(quote->role == "pullquote");
    // The footnote: a NoteRef where it is called, the note's text apart, without its "↩".
    REQUIRE(a.notes.size() == 1);
    CHECK(a.notes[0].label == "1");
    REQUIRE(a.notes[0].blocks.size() == 1);
    CHECK(model::plain_text(a.notes[0].blocks[0].inlines) == "The cottage is open from Easter to October.");
    bool called = false;
    for (const Block& b : a.blocks)
        called = called || has_note_ref(b.inlines, "1");
    CHECK(called);
    // The data table, header row first.
    const Block* table = find_block(a.blocks, Block::Kind::Table);
    REQUIRE(table);
    CHECK(model::plain_text(table->inlines) == "Distances walked");
    REQUIRE(table->children.size() == 3);
    CHECK(table->children[0].header);
    CHECK(table->children[0].children.at(0).header);
    CHECK(model::plain_text(table->children[1].children.at(0).inlines) == "Saturday");
    CHECK(table->aligns.size() == 2);
    // No list of notes is left in the text.
    CHECK(find_block(a.blocks, Block::Kind::List) == nullptr);
}

TEST_CASE("html reader: a Persian page keeps its language", "[html]") {
    model::Diagnostics diags;
    const model::Article a = read_page("persian.html", diags);
    CHECK(a.title == "کتابخانه‌ی شهر دوباره باز شد");
    CHECK(names(a) == std::vector<std::string>{"مریم احمدی"});
    CHECK(a.source_name == "روزنامه‌ی محلی");
    CHECK(a.lang == "fa");
    CHECK(a.date.empty());
    CHECK(a.url.empty());
    CHECK(a.blocks.size() == 3);
}

TEST_CASE("html reader: a page of links", "[html]") {
    model::Diagnostics diags;
    const model::Article a = read_page("links.html", diags);
    CHECK(a.title == "Useful links for sailors");
    CHECK(a.authors.empty());
    CHECK(a.date.empty());
    CHECK(a.source_name.empty());
    CHECK(a.url.empty());
    CHECK(a.lang == "en");
    const Block* list = find_block(a.blocks, Block::Kind::List);
    REQUIRE(list);
    CHECK(list->children.size() == 8);
}

TEST_CASE("html reader: a page without a title says so and names where its title came from",
          "[html]") {
    model::Diagnostics diags;
    read::HtmlReport report;
    const std::string body = "<p>A paragraph of the page, long enough to be its text, and more.</p>";
    read::SourceText src{"notes/untitled.html", "<html><body>" + body + "</body></html>", "UTF-8"};
    const model::Article a = read::read_html(src, diags, &report);
    CHECK(a.title == "untitled");
    CHECK(report.title_rule == "none in the page: the file's name");
    read::SourceText headed{"notes/headed.html", "<html><body><h2>A heading first</h2>" + body + "</body></html>",
                            "UTF-8"};
    const model::Article b = read::read_html(headed, diags, &report);
    CHECK(b.title == "A heading first");
    CHECK(report.title_rule == "none in the page: its first heading");
}

TEST_CASE("html reader: a page of broken markup with a 5 MB inline script", "[html]") {
    // The page tests/e2e/test_web_pages.py writes (too big to keep as a file).
    const std::string script = "var MAGIC_SCRIPT_TEXT = '" + std::string(5 * 1024 * 1024, 'x') + "';";
    const std::string page =
        "<html><head><title>A page with broken markup</title><script>" + script + "</script></head><body>"
        "<div class='sidebar'><p>Sidebar of the broken page, with links and more links.</div>"
        "<div class='article-body'>"
        "<p>The first paragraph is never closed, and it runs on for a good while, "
        "long enough to count as the article's own text in any fair reading"
        "<p>The second one has <b>bold text that is <i>never closed, either"
        "<span><p>A paragraph inside a span, which HTML does not allow, but pages do anyway, "
        "and a browser shows it as a paragraph of its own.</p></span>"
        "<table><tr><td>An unclosed table cell holding a sentence of the article, "
        "long enough to be read as text rather than layout."
        "</body>";
    model::Diagnostics diags;
    read::HtmlReport report;
    const model::Article a = read::read_html({"broken.html", page, "UTF-8"}, diags, &report);
    CHECK(a.title == "A page with broken markup");
    CHECK(report.title_rule == "<title>");
    CHECK(a.authors.empty());
    CHECK(a.date.empty());
    CHECK(a.source_name.empty());
    CHECK(a.url.empty());
    CHECK(a.lang.empty());
    REQUIRE(report.dropped.size() == 1);
    CHECK(report.dropped[0].reason == "class/id 'sidebar'");
    std::string text;
    for (const Block& b : a.blocks)
        text += model::plain_text(b.inlines) + "|";
    CHECK(text.find("MAGIC_SCRIPT_TEXT") == std::string::npos);
    CHECK(text.find("Sidebar") == std::string::npos);
    CHECK(text.find("A paragraph inside a span, which HTML does not allow") != std::string::npos);
}
