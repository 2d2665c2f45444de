#include "html_helpers.hpp"
#include "write/print/address_breaks_sink.hpp"
#include "write/print/html5_sink.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using galley::write::print::AddressBreaksSink;
using galley::write::print::Html5Sink;

namespace {

// The pieces of `text` between <wbr>s, rendered inside <p><a class=…>.
std::vector<std::string> pieces(std::string_view text, const char* link_class = "url") {
    std::string out;
    Html5Sink html(out);
    AddressBreaksSink s(html);
    s.open("p");
    s.open("a", true);
    s.attribute("href", "https://example.org/");
    if (link_class) s.attribute("class", link_class);
    s.open("span", true); // the page-list's word span
    s.text(text);
    s.close();
    s.close();
    s.close();
    const auto doc = test::html::parse(out);
    const test::html::Node* span = doc->first("span");
    REQUIRE(span);
    std::vector<std::string> result(1);
    for (const auto& child : span->children) {
        if (child->name == "wbr") {
            REQUIRE(child->children.empty());
            result.emplace_back();
        } else {
            REQUIRE(child->name.empty()); // text only
            result.back() += child->text;
        }
    }
    // The text itself is unchanged.
    std::string joined;
    for (const std::string& p : result)
        joined += p;
    CHECK(joined == text);
    return result;
}

using Pieces = std::vector<std::string>;

} // namespace

TEST_CASE("an address breaks after its slashes", "[write][print][addresses]") {
    CHECK(pieces("https://example.org/news/2024/item.html") ==
          Pieces{"https://", "example.org/", "news/", "2024/", "item.html"});
    // Not at the end, not between slashes, not before a space.
    CHECK(pieces("example.org/a//b/ ") == Pieces{"example.org/", "a//", "b/ "});
    CHECK(pieces("/") == Pieces{"/"});
    CHECK(pieces("") == Pieces{""});
}

TEST_CASE("a long part of an address also breaks after its dots and hyphens",
          "[write][print][addresses]") {
    // 27 characters: over the 20 a line always holds.
    CHECK(pieces("https://www.bls.gov/news.release/empsit.peopleinworkinghours/table-earnings"
                 "andworkinghours.htm") ==
          Pieces{"https://", "www.bls.gov/", "news.release/", "empsit.", "peopleinworkinghours/",
                 "table-", "earningsandworkinghours.", "htm"});
    // Not before another stop or a slash; counted in characters, not bytes.
    CHECK(pieces("a/www.example-.-domain.org/") ==
          Pieces{"a/", "www.", "example-.-", "domain.", "org/"});
    CHECK(pieces("x/\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9.\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                 "\xC3\xA9-\xC3\xA9\xC3\xA9\xC3\xA9") ==
          Pieces{"x/", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9.\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                       "\xC3\xA9-\xC3\xA9\xC3\xA9\xC3\xA9"});
    CHECK(pieces("mailto.a.very.long.mailbox.name@example.org") ==
          Pieces{"mailto.", "a.", "very.", "long.", "mailbox.", "name@example.", "org"});
}

TEST_CASE("only the text of a link that shows its address gets breaks",
          "[write][print][addresses]") {
    CHECK(pieces("https://example.org/a/b", nullptr) == Pieces{"https://example.org/a/b"});
    CHECK(pieces("https://example.org/a/b", "footnote-link") == Pieces{"https://example.org/a/b"});
    CHECK(pieces("https://example.org/a/b", "x url") == Pieces{"https://", "example.org/", "a/", "b"});

    // Text after the link, and a class on another element, are left alone.
    std::string out;
    Html5Sink html(out);
    AddressBreaksSink s(html);
    s.open("p");
    s.attribute("class", "url");
    s.text("see a/b ");
    s.open("a", true);
    s.attribute("class", "url");
    s.text("c/d");
    s.close();
    s.text(" and e/f");
    s.close();
    const auto doc = test::html::parse(out);
    const test::html::Node* p = doc->first("p");
    REQUIRE(p);
    REQUIRE(p->children.size() == 3);
    CHECK(p->children[0]->text == "see a/b ");
    CHECK(p->children[2]->text == " and e/f");
    const test::html::Node& a = *p->children[1];
    REQUIRE(a.children.size() == 3);
    CHECK(a.children[0]->text == "c/");
    CHECK(a.children[1]->name == "wbr");
    CHECK(a.children[2]->text == "d");
}

TEST_CASE("a link to another site has its address printed after it, with the same breaks",
          "[write][print][addresses]") {
    // `href` and `cls` on an <a> holding "the report", in a paragraph.
    const auto render = [](const char* href, const char* cls = nullptr, bool class_first = false) {
        std::string out;
        Html5Sink html(out);
        AddressBreaksSink s(html);
        s.open("p");
        s.text("See ");
        s.open("a", true);
        if (cls && class_first) s.attribute("class", cls);
        s.attribute("href", href);
        if (cls && !class_first) s.attribute("class", cls);
        s.text("the report");
        s.close();
        s.text(".");
        s.close();
        return out;
    };
    const std::string out = render("https://www.example.org/reports/2024/annual-statistics-"
                                   "and-working-hours.pdf");
    CHECK(out.find("the report</a><span class=\"address\"> (https://<wbr>www.example.org/<wbr>"
                   "reports/<wbr>2024/<wbr>annual-<wbr>statistics-<wbr>and-<wbr>working-<wbr>"
                   "hours.<wbr>pdf)</span>.") != std::string::npos);
    CHECK(render("mailto:desk@example.org").find(
              "</a><span class=\"address\"> (mailto:desk@example.<wbr>org)</span>.") !=
          std::string::npos);
    CHECK(render("mailto:a@b.org").find("</a><span class=\"address\"> (mailto:a@b.org)</span>.") !=
          std::string::npos);
    CHECK(render("ftp://example.org/f").find("(ftp://<wbr>example.org/<wbr>f)") !=
          std::string::npos);
    // Links within the book, and links that show their address, print none.
    CHECK(render("#ch002").find("address") == std::string::npos);
    CHECK(render("ch002.xhtml#s1").find("address") == std::string::npos);
    CHECK(render("https://example.org/", "url").find("address") == std::string::npos);
    CHECK(render("https://example.org/", "url", true).find("address") == std::string::npos);
    CHECK(render("https://example.org/", "x").find("<span class=\"address\"> (https://<wbr>"
                                                   "example.org/)</span>") != std::string::npos);
}
