// Deterministic random documents built from Markdown and HTML fragments and
// stray bytes: whatever the mix, the reader must not fail and the rendered
// XHTML must be well-formed, with no nested links.

#include "markdown_test_util.hpp"
#include "read/source_text.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace galley;

namespace {

const char* const pieces[] = {
    "# ",
    "## ",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "1. ",
    "3) ",
    "    ",
    "```py\n",
    "~~~\n",
    "***\n",
    "*",
    "**",
    "_",
    "`",
    "[",
    "]",
    "(",
    ")",
    "](https://x.org/)",
    "![",
    "](img/a.png)",
    "](http://x.org/i.png)",
    "<https://x.org/a>",
    "\\",
    "&amp;",
    "&#0;",
    "&eacute;",
    "&#x1F600;",
    "<em>",
    "</em>",
    "<b>",
    "</b>",
    "<a href=\"https://x.org\">",
    "<a href='javascript:x'>",
    "</a>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<figure>",
    "</figure>",
    "<figcaption>",
    "</figcaption>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<style>",
    "<iframe>",
    "</iframe>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?x ",
    "?>",
    "<!DOCTYPE x>",
    "<img src=\"a.png\" alt=\"x\">",
    "<img src=\"https://x.org/r.png\">",
    "<br>",
    "<hr>",
    "<blockquote>",
    "</blockquote>",
    "<h2>",
    "</h2>",
    "<abbr title=\"t\">",
    "</abbr>",
    "<code>",
    "</code>",
    "<T>",
    "</T>",
    "<q>",
    "<span onclick=\"x\">",
    "</span>",
    "word",
    " ",
    "text",
    "\t",
    "\xC3\xA9",
    "\xFF",
    "\x01",
    "@NUL@",
    "---\n",
    "title: x\n",
    "\r\n",
    "|",
    "<",
    ">",
    "\"",
    "'",
};

bool nested_link(const tinyxml2::XMLElement* root) {
    for (const auto* a : test::all(root, "a"))
        if (test::all(a, "a").size() > 1) return true;
    return false;
}

} // namespace

TEST_CASE("Markdown fuzz: random fragment soup renders well-formed XHTML",
          "[read][markdown][fuzz]") {
    std::mt19937 rng(20240501); // fixed seed: the same documents every run
    constexpr std::size_t n_pieces = sizeof(pieces) / sizeof(pieces[0]);
    std::uniform_int_distribution<std::size_t> pick(0, n_pieces - 1);
    for (int doc_no = 0; doc_no < 300; ++doc_no) {
        std::string bytes;
        const int len = 20 + doc_no % 200;
        for (int i = 0; i < len; ++i) {
            const std::size_t k = pick(rng);
            if (std::string_view(pieces[k]) == "@NUL@")
                bytes += '\0';
            else
                bytes += pieces[k];
        }
        INFO("document " << doc_no);
        model::Diagnostics d;
        const read::SourceText src = read::decode_source(bytes, "f.md", d, read::NulBytes::Replace);
        model::Article a;
        try {
            a = read::read_markdown(src, d);
        } catch (const model::Error&) {
            continue; // malformed front matter is an error by design
        }
        tinyxml2::XMLDocument doc;
        const auto* s = test::render_md(doc, a);
        REQUIRE(s);
        CHECK_FALSE(nested_link(s));
        CHECK(test::all(s, "script").empty());
    }
}
