#include "read/html_subset.hpp"

#include <catch2/catch.hpp>

using namespace galley::read;
using K = html::Token::Kind;

namespace {
std::string none(std::string_view) {
    return {};
}
std::string amp_only(std::string_view n) {
    return n == "amp" ? "&" : "";
}
} // namespace

TEST_CASE("html tokenizer: tags, attributes, text", "[read][html]") {
    const auto t = html::tokenize("a <A HREF='x' title=\"y z\" checked data-x=1>b</a >c<br/>");
    REQUIRE(t.size() == 6);
    CHECK(t[0].kind == K::Text);
    CHECK(t[0].text == "a ");
    CHECK(t[1].kind == K::StartTag);
    CHECK(t[1].name == "a");
    REQUIRE(t[1].attributes.size() == 4);
    CHECK(t[1].attributes[0].name == "href");
    CHECK(t[1].attributes[0].value == "x");
    CHECK(t[1].attributes[1].value == "y z");
    CHECK(t[1].attributes[2].name == "checked");
    CHECK(t[1].attributes[2].value.empty());
    CHECK(t[1].attributes[3].value == "1");
    CHECK(t[3].kind == K::EndTag);
    CHECK(t[3].name == "a");
    CHECK(t[5].kind == K::StartTag);
    CHECK(t[5].self_closing);
    CHECK(*html::find_attribute(t[1], "title") == "y z");
    CHECK(html::find_attribute(t[1], "nope") == nullptr);
}

TEST_CASE("html tokenizer: comments, CDATA, declarations, PIs", "[read][html]") {
    const auto t = html::tokenize("<!-- c -->x<![CDATA[<d>]]><!DOCTYPE html><?php p ?>");
    REQUIRE(t.size() == 5);
    CHECK(t[0].kind == K::Comment);
    CHECK(t[0].text == " c ");
    CHECK(t[2].kind == K::CData);
    CHECK(t[2].text == "<d>");
    CHECK(t[3].kind == K::Declaration);
    CHECK(t[4].kind == K::ProcessingInstruction);
}

TEST_CASE("html tokenizer: anything malformed is text, lines are counted", "[read][html]") {
    const auto t = html::tokenize("1 < 2 <!-- open <a href=\"x\n<\"> <3 </ x>\n<em");
    std::string text;
    for (const auto& tok : t) {
        CHECK(tok.kind == K::Text); // the quoted value holds '<': not a tag
        text += tok.source;
    }
    CHECK(text == "1 < 2 <!-- open <a href=\"x\n<\"> <3 </ x>\n<em");
    const auto u = html::tokenize("x\ny\n<b>z</b>");
    REQUIRE(u.size() == 4);
    CHECK(u[1].line == 2);
}

TEST_CASE("html tokenizer: hostile input stays linear", "[read][html]") {
    // Each would rescan to the end per '<' in a naive tokenizer: quadratic,
    // which at these sizes does not finish.
    for (const std::string unit : {"<a x=\"", "<!--", "<![CDATA[", "<?", "<!a", "<a ", "<a b='"}) {
        std::string s;
        for (int i = 0; i < 200000; ++i)
            s += unit;
        const auto t = html::tokenize(s);
        std::size_t total = 0;
        for (const auto& tok : t)
            total += tok.source.size();
        CHECK(total == s.size()); // nothing lost either
    }
}

TEST_CASE("html elements are classified", "[read][html]") {
    CHECK(html::classify("em").role == html::Role::Span);
    CHECK(html::classify("b").kind == galley::model::Inline::Kind::Strong);
    CHECK(html::classify("script").role == html::Role::Dangerous);
    CHECK(html::classify("embed").is_void);
    CHECK(html::classify("div").role == html::Role::Block);
    CHECK(html::classify("font").role == html::Role::Inline);
    CHECK(html::classify("string").role == html::Role::Unknown);
    CHECK(html::classify("img").is_void);
}

TEST_CASE("script URLs are recognised however disguised", "[read][html]") {
    CHECK(html::is_script_url("javascript:alert(1)"));
    CHECK(html::is_script_url("  JaVaScRiPt:x"));
    CHECK(html::is_script_url("java\tscript:x"));
    CHECK(html::is_script_url("vbscript:x"));
    CHECK_FALSE(html::is_script_url("https://x.org/javascript:"));
    CHECK_FALSE(html::is_script_url("notes/javascript.md"));
}

TEST_CASE("character references are decoded", "[read][html]") {
    CHECK(html::decode_references("&#65;&#x42;&#X43;", none) == "ABC");
    CHECK(html::decode_references("&#0;&#xD800;&#x110000;&#1;", none) ==
          "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(html::decode_references("&amp; &bogus; & &#; &#x; &#12", amp_only) ==
          "& &bogus; & &#; &#x; &#12");
    CHECK(html::decode_references("&&amp;", amp_only) == "&&");
}
