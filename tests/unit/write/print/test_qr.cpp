#include "html_helpers.hpp"
#include "write/print/html5_sink.hpp"
#include "write/print/qr.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace galley;
using model::Inline;
using write::print::external_links;
using write::print::Html5Sink;

namespace {

std::string svg_of(std::string_view text, bool* ok = nullptr) {
    std::string out;
    Html5Sink sink(out);
    const bool done = write::print::render_qr_svg(text, sink);
    if (ok) *ok = done;
    return out;
}

} // namespace

TEST_CASE("external links: http, https and ftp, nested, each once", "[print][qr]") {
    const model::Inlines inlines{
        Inline::make_link("https://example.org/a", {Inline::make_text("a")}),
        Inline::make_link("mailto:someone@example.org", {Inline::make_text("mail")}),
        Inline::make_link("images/local.png", {Inline::make_text("local")}),
        Inline::make_span(Inline::Kind::Emphasis, {Inline::make_link("HTTP://Example.org/B", {})}),
        Inline::make_link("https://example.org/a", {Inline::make_text("again")}),
        Inline::make_link("ftp://files.example.org/x", {})};
    CHECK(external_links(inlines) == std::vector<std::string>{
                                         "https://example.org/a", "HTTP://Example.org/B",
                                         "ftp://files.example.org/x"});
}

TEST_CASE("a QR code is an SVG path of dark modules in a quiet zone", "[print][qr]") {
    bool ok = false;
    const std::string svg = svg_of("https://example.org/a/page", &ok);
    REQUIRE(ok);
    const auto doc = test::html::parse(svg);
    const auto* root = doc->first("svg");
    REQUIRE(root);
    std::smatch m;
    const std::string box = root->attr("viewBox");
    REQUIRE(std::regex_match(box, m, std::regex("0 0 (\\d+) \\1")));
    const int size = std::stoi(m[1]);
    // Versions 1..40 are 21..177 modules, plus 4 white modules each side.
    CHECK((size - 8 - 21) % 4 == 0);
    const std::string d = root->first("path")->attr("d");
    // The top-left finder pattern: a row of 7 dark modules at the quiet zone's corner.
    CHECK(d.rfind("M4 4h7v1h-7z", 0) == 0);
    // Nothing drawn in the quiet zone.
    const std::regex move("M(\\d+) (\\d+)h(\\d+)");
    for (auto it = std::sregex_iterator(d.begin(), d.end(), move); it != std::sregex_iterator();
         ++it) {
        const int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), run = std::stoi((*it)[3]);
        CHECK(x >= 4);
        CHECK(y >= 4);
        CHECK(x + run <= size - 4);
        CHECK(y < size - 4);
    }
}

TEST_CASE("text too long for a QR code, or empty, gives none", "[print][qr]") {
    bool ok = true;
    CHECK(svg_of(std::string(5000, 'a'), &ok).empty());
    CHECK_FALSE(ok);
    CHECK(svg_of(std::string(3000, 'a'), &ok).empty());
    CHECK_FALSE(ok);
    CHECK(svg_of("", &ok).empty());
    CHECK_FALSE(ok);
}

TEST_CASE("a block's codes name each link's host", "[print][qr]") {
    model::Block b = model::make_paragraph(
        {Inline::make_link("https://www.example.org/x?y#z", {Inline::make_text("one")}),
         Inline::make_link("http://other.example:8080", {Inline::make_text("two")})});
    std::string out;
    Html5Sink sink(out);
    write::print::render_block_qr_codes(b, sink);
    const auto doc = test::html::parse(out);
    const auto codes = doc->all("span");
    REQUIRE(codes.size() == 3);
    CHECK(codes[0]->has_class("qr-codes"));
    CHECK(codes[1]->attr("data-host") == "www.example.org");
    CHECK(codes[2]->attr("data-host") == "other.example:8080");
    CHECK(doc->all("svg").size() == 2);

    std::string none;
    Html5Sink empty(none);
    write::print::render_block_qr_codes(model::make_paragraph({Inline::make_text("no links")}),
                                        empty);
    CHECK(none.empty());
}
