#include "html_helpers.hpp"
#include "write/print/html5_sink.hpp"

#include <catch2/catch.hpp>

using galley::write::print::Html5Sink;
using galley::write::print::is_void_element;

TEST_CASE("void elements get a start tag only", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("p");
    s.text("a");
    s.open("br", true);
    s.close();
    s.open("img", true);
    s.attribute("src", "data:,");
    s.attribute("alt", "");
    s.close();
    s.close();
    s.open("hr");
    s.close();
    CHECK(out == "<p>a<br><img src=\"data:,\" alt=\"\"></p>\n<hr>\n");
    CHECK(s.depth() == 0);
}

TEST_CASE("empty non-void elements are never self-closed", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("div");
    s.open("span", true);
    s.close();
    s.open("p");
    s.close();
    s.close();
    CHECK(out.find("/>") == std::string::npos);
    CHECK(out == "<div><span></span>\n<p></p>\n</div>\n");
    const auto doc = test::html::parse(out);
    const auto* div = doc->first("div");
    REQUIRE(div);
    CHECK(div->all("span").size() == 1);
    CHECK(div->all("p").size() == 1);
}

TEST_CASE("text and attribute values are escaped", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("p");
    s.attribute("title", "a \"quoted\" <b> & c");
    s.text("Fish & <Chips> \"x\" </p>");
    s.close();
    CHECK(out == "<p title=\"a &quot;quoted&quot; <b> &amp; c\">"
                 "Fish &amp; &lt;Chips&gt; \"x\" &lt;/p&gt;</p>\n");
    const auto doc = test::html::parse(out);
    const auto* p = doc->first("p");
    REQUIRE(p);
    CHECK(p->attr("title") == "a \"quoted\" <b> & c");
    CHECK(p->all_text() == "Fish & <Chips> \"x\" </p>");
}

TEST_CASE("characters HTML forbids become U+FFFD", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("p");
    s.attribute("title", std::string("a\x01") + "b");
    s.text(std::string("x\x02y\xff"));
    s.close();
    CHECK(out == "<p title=\"a\xEF\xBF\xBD"
                 "b\">x\xEF\xBF\xBDy\xEF\xBF\xBD</p>\n");
}

TEST_CASE("style content is raw text that cannot close its element", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("style");
    s.text("li > p { content: \"&\"; } </style><script>x</script>");
    s.close();
    // `>` and `&` are CSS here and stay as they are; `</` cannot end the element early.
    CHECK(out == "<style>li > p { content: \"&\"; } <\\/style><script>x<\\/script></style>\n");
    const auto doc = test::html::parse(out);
    CHECK(doc->all("style").size() == 1);
    CHECK(doc->all("script").empty());
}

TEST_CASE("the void element list is HTML's", "[write][print][html5]") {
    for (const char* v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                          "meta", "source", "track", "wbr"})
        CHECK(is_void_element(v));
    for (const char* n : {"div", "p", "span", "script", "style", "a", "section", "title", "td"})
        CHECK_FALSE(is_void_element(n));
}

TEST_CASE("no white space is added inside running text", "[write][print][html5]") {
    std::string out;
    Html5Sink s(out);
    s.open("p");
    s.text("a");
    s.open("em", true);
    s.text("b");
    s.open("strong"); // block-level name, but inside running text
    s.text("c");
    s.close();
    s.close();
    s.text("d");
    s.close();
    CHECK(out == "<p>a<em>b<strong>c</strong></em>d</p>\n");
}
