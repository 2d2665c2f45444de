// Inline constructs of CommonMark, asserted on the model and on the XHTML.

#include "markdown_test_util.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;
using model::Inline;

namespace {
const model::Inlines& first_para(const model::Article& a) {
    REQUIRE_FALSE(a.blocks.empty());
    REQUIRE(a.blocks[0].kind == Block::Kind::Paragraph);
    return a.blocks[0].inlines;
}
} // namespace

TEST_CASE("Markdown inlines: emphasis, strong, code, breaks", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n*em* __strong__ `a<b`\nsoft  \nhard\\\nend\n", d);
    const auto& in = first_para(a);
    REQUIRE(in.size() == 10);
    CHECK(in[0].kind == Inline::Kind::Emphasis);
    CHECK(in[2].kind == Inline::Kind::Strong);
    CHECK(in[4].kind == Inline::Kind::Code);
    CHECK(in[4].text == "a<b");
    CHECK(in[5].text == " soft"); // the soft break is a space
    CHECK(in[6].kind == Inline::Kind::LineBreak);
    CHECK(in[8].kind == Inline::Kind::LineBreak);
    CHECK(in[9].text == "end");
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    CHECK(test::text(s->FirstChildElement("p")->FirstChildElement("code")) == "a<b");
    CHECK(test::all(s, "br").size() == 2);
}

TEST_CASE("Markdown inlines: adjacent text is one run", "[read][markdown]") {
    model::Diagnostics d;
    // cmark splits text at '[', '!' and entities; later transforms
    // (typography) need words and quotes whole.
    const auto a = test::read_md("# T\n\nit's [not a link] &amp; \"quoted\"!\n", d);
    const auto& in = first_para(a);
    REQUIRE(in.size() == 1);
    CHECK(in[0].text == "it's [not a link] & \"quoted\"!");
}

TEST_CASE("Markdown inlines: entities and escapes are decoded", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n&copy; &#233; &#x41; &#0; &bogus; \\*x\\*\n", d);
    CHECK(model::plain_text(first_para(a)) == "\xC2\xA9 \xC3\xA9 A \xEF\xBF\xBD &bogus; *x*");
}

TEST_CASE("Markdown inlines: links and autolinks", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n[a](https://x.org/a \"t\") [b][r] <https://x.org/c> "
                                 "<me@x.org> [rel](other.md)\n\n[r]: https://x.org/r\n",
                                 d);
    const auto& in = first_para(a);
    std::vector<std::string> urls;
    for (const Inline& i : in)
        if (i.kind == Inline::Kind::Link) urls.push_back(i.url);
    CHECK(urls == std::vector<std::string>{"https://x.org/a", "https://x.org/r", "https://x.org/c",
                                           "mailto:me@x.org", "other.md"});
    CHECK(in[0].line == 3);
    tinyxml2::XMLDocument doc;
    const auto anchors = test::all(test::render_md(doc, a), "a");
    REQUIRE(anchors.size() == 4); // the relative link stays text
    CHECK(test::text(anchors[3]) == "me@x.org");
}

TEST_CASE("Markdown inlines: javascript links keep their text only", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n[click](javascript:alert(1)) [x](JAVASCRIPT%3Aa)\n", d);
    const auto& in = first_para(a);
    CHECK(in[0].kind == Inline::Kind::Text);
    CHECK(model::plain_text(in) == "click x");
    CHECK(test::reported(d, "a.md:3: warning: script URL dropped from a link"));
}

TEST_CASE("Markdown inlines: local images are Image inlines", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\nSee\n![A *cat*](img/cat.jpg \"t\") here\n", d);
    const auto& in = first_para(a);
    REQUIRE(in.size() == 3);
    CHECK(in[1].kind == Inline::Kind::Image);
    CHECK(in[1].url == "img/cat.jpg"); // as written, relative to the Markdown file
    CHECK(in[1].text == "A cat");
    CHECK(in[1].line == 4);
    CHECK(d.all().empty());
}

TEST_CASE("Markdown inlines: image destinations are URLs, decoded to the file path",
          "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md(
        "# T\n\n![a](<my pic.png>) ![b](caf%C3%A9%20menu.svg?v=2#top) ![c](100%25.gif) ![d](x%2)\n", d);
    std::vector<std::string> urls;
    for (const auto& in : first_para(a))
        if (in.kind == Inline::Kind::Image) urls.push_back(in.url);
    CHECK(urls == std::vector<std::string>{"my pic.png", "caf\xC3\xA9 menu.svg", "100%.gif", "x%2"});
}

TEST_CASE("Markdown inlines: remote images become links with a warning", "[read][markdown]") {
    model::Diagnostics d;
    const auto a =
        test::read_md("# T\n\n![Chart](https://x.org/c.png) ![](http://x.org/d.png) "
                      "![p](//x.org/e.png) ![j](javascript:x) ![d](data:image/png;base64,AA)\n",
                      d);
    const auto& in = first_para(a);
    REQUIRE(in.size() == 6);
    CHECK(in[0].kind == Inline::Kind::Link);
    CHECK(in[0].url == "https://x.org/c.png");
    CHECK(model::plain_text(in[0].children) == "Chart");
    CHECK(model::plain_text(in[2].children) == "http://x.org/d.png"); // no alt: the URL
    CHECK(in[4].url == "https://x.org/e.png");
    CHECK(in[5].text == " j d"); // not images, not links: the alt text
    for (const Inline& i : in)
        CHECK(i.kind != Inline::Kind::Image);
    CHECK(test::reported(
        d, "a.md:3: warning: remote image not fetched, kept as a link: https://x.org/c.png"));
    CHECK(test::reported(d, "not a local file"));
    tinyxml2::XMLDocument doc;
    CHECK(test::all(test::render_md(doc, a), "a").size() == 3);
}

TEST_CASE("Markdown inlines: a remote image inside a link does not nest links",
          "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n[![badge](https://x.org/b.svg)](https://x.org/)\n", d);
    tinyxml2::XMLDocument doc;
    const auto anchors = test::all(test::render_md(doc, a), "a");
    REQUIRE(anchors.size() == 1);
    CHECK(test::text(anchors[0]) == "badge");
    CHECK(test::all(anchors[0], "a").size() == 1);
}

TEST_CASE("Markdown inlines: deep emphasis is flattened, text kept", "[read][markdown]") {
    model::Diagnostics d;
    const auto a = test::read_md(
        "# T\n\n" + std::string(1000, '*') + "deep" + std::string(1000, '*') + "\n", d);
    tinyxml2::XMLDocument doc;
    CHECK(test::text(test::render_md(doc, a)).find("deep") != std::string::npos);
}
