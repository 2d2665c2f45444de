// Raw HTML in Markdown: the safe subset mapped onto the model, the rest
// dropped or kept as text, each reported.

#include "markdown_test_util.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;
using model::Inline;

TEST_CASE("Markdown HTML: inline subset maps onto the model", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md(
        "# T\n\n<em>e</em> <i>i</i> <strong>s</strong> <b>b</b> <sup>1</sup> <sub>2</sub> "
        "<s>x</s> <u>u</u> <mark>m</mark> <small>sm</small> <cite>c</cite> <q>q</q> "
        "<abbr title=\"HyperText &amp; more\">HTML</abbr> <code>a<b>c</b></code> <kbd>K</kbd> "
        "<span class=\"x\">sp</span> <a href=\"https://x.org/?a=1&amp;b=2\">link</a> x<br>y\n",
        d);
    const auto& in = a.blocks.at(0).inlines;
    std::vector<Inline::Kind> kinds;
    for (const Inline& i : in)
        if (i.kind != Inline::Kind::Text) kinds.push_back(i.kind);
    using K = Inline::Kind;
    CHECK(kinds == std::vector<K>{K::Emphasis, K::Emphasis, K::Strong, K::Strong, K::Superscript,
                                  K::Subscript, K::Strikeout, K::Underline, K::Mark, K::Small,
                                  K::Cite, K::Quoted, K::Abbreviation, K::Code, K::Keyboard,
                                  K::Link, K::LineBreak});
    CHECK(d.all().empty()); // nothing dropped, nothing to report
    tinyxml2::XMLDocument doc;
    const auto* p = test::render_md(doc, a)->FirstChildElement("p");
    REQUIRE(p);
    CHECK(test::attr(p->FirstChildElement("abbr"), "title") == "HyperText & more");
    CHECK(test::text(p->FirstChildElement("code")) == "ac");
    CHECK(test::attr(p->FirstChildElement("a"), "href") == "https://x.org/?a=1&b=2");
    CHECK(p->FirstChildElement("span") == nullptr);
    CHECK(test::text(p).find("sp") != std::string::npos);
}

TEST_CASE("Markdown HTML: tags pair across Markdown inlines", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n<b>bold *both* still</b> after\n", d);
    const auto& in = a.blocks.at(0).inlines;
    REQUIRE(in.size() == 2);
    CHECK(in[0].kind == Inline::Kind::Strong);
    CHECK(model::plain_text(in[0].children) == "bold both still");
    CHECK(in[0].children[1].kind == Inline::Kind::Emphasis);
    CHECK(in[1].text == " after");
}

TEST_CASE("Markdown HTML: unclosed and misnested tags stay well-formed", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md(
        "# T\n\n<b>one <i>two</b> three\n\n*x <em>y* z</em>\n\nstray </p> and </em> end\n", d);
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    const auto ps = test::all(s, "p");
    REQUIRE(ps.size() == 3);
    CHECK(test::text(ps[0]) == "one two three");
    CHECK(test::text(ps[1]) == "x y z");
    CHECK(test::text(ps[2]) == "stray  and  end");
    CHECK(test::reported(d, "a.md:7: warning: stray </p> dropped"));
    CHECK(test::reported(d, "a.md:7: warning: stray </em> dropped"));
}

TEST_CASE("Markdown HTML: script-like elements dropped with their content",
          "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n<script>\nalert('block')\n</script>\n\n"
                                 "<style>p{}</style>\n\n"
                                 "a <script>evil()</script> b <iframe src=x>frame</iframe> c\n",
                                 d);
    REQUIRE(a.blocks.size() == 1);
    CHECK(model::plain_text(a.blocks[0].inlines) == "a  b  c");
    CHECK(test::reported(d, "a.md:3: warning: raw HTML <script> dropped with its content"));
    CHECK(test::reported(d, "a.md:7: warning: raw HTML <style> dropped with its content"));
    CHECK(test::reported(d, "a.md:9: warning: raw HTML <iframe> dropped with its content"));
}

TEST_CASE("Markdown HTML: an unclosed inline script ends with its paragraph",
          "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\nkept <script>gone *gone*\n\nnext paragraph\n", d);
    REQUIRE(a.blocks.size() == 2);
    CHECK(model::plain_text(a.blocks[0].inlines) == "kept");
    CHECK(model::plain_text(a.blocks[1].inlines) == "next paragraph");
    CHECK(test::reported(d, "<script> not closed"));
}

TEST_CASE("Markdown HTML: event attributes and script URLs are dropped", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a =
        test::read_md("# T\n\n<a href=\"javascript:alert(1)\">one</a> <a "
                      "href=\"&#106;ava&#x09;script:x\">two</a> "
                      "<em onclick=\"x()\">three</em> <img src=\" javascript:x\" alt=\"four\">\n",
                      d);
    CHECK(model::plain_text(a.blocks.at(0).inlines) == "one two three four");
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    CHECK(test::all(s, "a").empty());
    CHECK(test::all(s, "img").empty());
    CHECK(test::attr(test::all(s, "em").at(0), "onclick").empty());
    CHECK(test::reported(d, "event attribute 'onclick' on <em> dropped"));
    CHECK(test::reported(d, "script URL dropped from <a>"));
    CHECK(test::reported(d, "script URL dropped from an image"));
}

TEST_CASE("Markdown HTML: unknown tags are text, unsupported ones unwrapped",
          "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\nVec<String> and <font color=red>red</font>\n", d);
    CHECK(model::plain_text(a.blocks.at(0).inlines) == "Vec<String> and red");
    CHECK(test::reported(d, "unknown HTML tag <String> kept as text"));
    CHECK(test::reported(d, "HTML <font> not supported: tag dropped, content kept"));
}

TEST_CASE("Markdown HTML: comments vanish, other markup declarations are reported",
          "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md(
        "# T\n\na <!-- note --> b <?php x ?> c <!DOCTYPE html> d <![CDATA[ <e> ]]> f\n", d);
    CHECK(model::plain_text(a.blocks.at(0).inlines) == "a  b  c  d  <e>  f");
    CHECK_FALSE(test::reported(d, "comment"));
    CHECK(test::reported(d, "processing instruction <?php x ?> dropped"));
    CHECK(test::reported(d, "declaration <!DOCTYPE html> dropped"));
    CHECK(test::reported(d, "CDATA section in raw HTML kept as text"));
}

TEST_CASE("Markdown HTML: HTML blocks become paragraphs, headings, quotes, code",
          "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a =
        test::read_md("# T\n\n<div class=\"note\">\n<p>First &eacute;  <em>para</em></p>\n"
                      "<p>Second</p>\n</div>\n\n<h2>Html heading</h2>\n\n"
                      "<blockquote>\nquoted\n</blockquote>\n\n"
                      "<pre><code>x &lt; y\n  <b>z</b>\n</code></pre>\n\n<hr>\n",
                      d);
    REQUIRE(a.blocks.size() == 6);
    CHECK(model::plain_text(a.blocks[0].inlines) == "First \xC3\xA9 para");
    CHECK(a.blocks[0].inlines[1].kind == Inline::Kind::Emphasis);
    CHECK(a.blocks[0].pos.line == 4);
    CHECK(model::plain_text(a.blocks[1].inlines) == "Second");
    CHECK(a.blocks[2].kind == Block::Kind::Heading);
    CHECK(a.blocks[2].level == 2);
    CHECK(a.blocks[3].kind == Block::Kind::BlockQuote);
    CHECK(model::plain_text(a.blocks[3].children.at(0).inlines) == "quoted");
    CHECK(a.blocks[4].kind == Block::Kind::CodeBlock);
    CHECK(a.blocks[4].text == "x < y\n  z\n");
    CHECK(a.blocks[5].kind == Block::Kind::ThematicBreak);
    CHECK(
        test::reported(d, "a.md:3: warning: HTML <div> not supported: tag dropped, content kept"));
}

TEST_CASE("Markdown HTML: figure with Markdown content and a caption", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n<figure>\n\n![A chart](img/chart.png)\n\n"
                                 "<figcaption>Sales <em>by year</em></figcaption>\n</figure>\n\n"
                                 "after\n",
                                 d);
    REQUIRE(a.blocks.size() == 2);
    const Block& f = a.blocks[0];
    CHECK(f.kind == Block::Kind::Figure);
    REQUIRE(f.children.size() == 1);
    const Inline& img = f.children[0].inlines.at(0);
    CHECK(img.kind == Inline::Kind::Image);
    CHECK(img.url == "img/chart.png");
    CHECK(img.text == "A chart");
    CHECK(model::plain_text(f.inlines) == "Sales by year");
    CHECK(f.inlines.at(1).kind == Inline::Kind::Emphasis);
    CHECK(model::plain_text(a.blocks[1].inlines) == "after");
    CHECK(d.all().empty());
}

TEST_CASE("Markdown HTML: img elements follow the image rules", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n<img src=\"pics/a%20b.png\" alt=\"Local &amp; fine\"> "
                                 "<img src=\"https://x.org/r.png\" alt=\"Remote\">\n",
                                 d);
    const auto& in = a.blocks.at(0).inlines;
    REQUIRE(in.size() == 3);
    CHECK(in[0].kind == Inline::Kind::Image);
    CHECK(in[0].url == "pics/a b.png"); // a URL: decoded to the file path
    CHECK(in[0].text == "Local & fine");
    CHECK(in[0].line == 3);
    CHECK(in[2].kind == Inline::Kind::Link);
    CHECK(model::plain_text(in[2].children) == "Remote");
}

TEST_CASE("Markdown HTML: nested links are never produced", "[read][markdown][html]") {
    model::Diagnostics d;
    const auto a = test::read_md("# T\n\n<a href=\"https://x.org/a\">outer "
                                 "[inner](https://x.org/b) <a href=\"https://x.org/c\">c</a></a>\n",
                                 d);
    tinyxml2::XMLDocument doc;
    const auto anchors = test::all(test::render_md(doc, a), "a");
    REQUIRE(anchors.size() == 1);
    CHECK(test::text(anchors[0]) == "outer inner c");
}

TEST_CASE("Markdown HTML: deep raw HTML nesting is capped", "[read][markdown][html]") {
    model::Diagnostics d;
    std::string md = "# T\n\n";
    for (int i = 0; i < 1000; ++i)
        md += "<em><span>";
    md += "deep\n\n";
    for (int i = 0; i < 1000; ++i)
        md += "<blockquote>";
    md += "\nbottom\n";
    const auto a = test::read_md(md, d);
    tinyxml2::XMLDocument doc;
    const auto* s = test::render_md(doc, a);
    CHECK(test::all(s, "em").size() < 60);
    CHECK(test::all(s, "blockquote").size() < 60);
    const std::string text = test::text(s);
    CHECK(text.find("deep") != std::string::npos);
    CHECK(text.find("bottom") != std::string::npos);
    CHECK(test::reported(d, "nesting deeper than"));
}

TEST_CASE("Markdown HTML: warnings from HTML soup are capped per file", "[read][markdown][html]") {
    model::Diagnostics d;
    std::string md = "# T\n\n";
    for (int i = 0; i < 500; ++i)
        md += "<font>x</font>\n";
    test::read_md(md, d);
    CHECK(d.all().size() == 51);
    CHECK(test::reported(d, "a.md: warning: 450 more raw HTML warning(s) not shown"));
}
