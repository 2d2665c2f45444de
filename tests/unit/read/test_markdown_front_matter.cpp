// YAML front matter of Markdown articles.

#include "markdown_test_util.hpp"
#include "read/metadata/metadata_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;

TEST_CASE("Front matter sets the article's metadata", "[read][markdown][front-matter]") {
    model::Diagnostics d;
    const auto a =
        test::read_md("---\ntitle: From YAML\nsubtitle: Sub\nauthor:\n  - Ann Smith\n"
                      "  - name: Bo Li\n    role: trl\ndate: 2024-05-01\nlang: fr\n"
                      "description: About it\nimage:\n  src: pics/lead.jpg\n  alt: The lead\n"
                      "---\n\n# From YAML\n\nBody.\n\n## Part\n",
                      d);
    CHECK(a.title == "From YAML");
    CHECK(a.subtitle == "Sub");
    REQUIRE(a.authors.size() == 2);
    CHECK(a.authors[0].name == "Ann Smith");
    CHECK(a.authors[1].name == "Bo Li");
    CHECK(a.authors[1].role == "trl");
    CHECK(a.date == "2024-05-01");
    CHECK(a.lang == "fr");
    CHECK(a.description == "About it");
    CHECK(a.lead_image.src == "pics/lead.jpg");
    CHECK(a.lead_image.alt == "The lead");
    CHECK(a.lead_image.pos == model::SourcePos{"a.md", 12});
    // The heading repeating the title is not kept twice.
    REQUIRE(a.blocks.size() == 2);
    CHECK(a.blocks[0].kind == Block::Kind::Paragraph);
    CHECK(a.blocks[0].pos.line == 18); // lines are the file's, front matter included
    CHECK(a.blocks[1].level == 2);
    CHECK(d.all().empty());
}

TEST_CASE("Front matter title wins over a different first heading",
          "[read][markdown][front-matter]") {
    model::Diagnostics d;
    const auto a = test::read_md("---\ntitle: Chosen\nimage: lead.png\n---\n# Other\n\ntext\n", d);
    CHECK(a.title == "Chosen");
    CHECK(a.lead_image.src == "lead.png");
    REQUIRE(a.blocks.size() == 2);
    CHECK(a.blocks[0].kind == Block::Kind::Heading);
    CHECK(a.blocks[0].level == 2);
}

TEST_CASE("Front matter without a title: the first heading is the title",
          "[read][markdown][front-matter]") {
    model::Diagnostics d;
    const auto a = test::read_md("---\nauthor: Ann\n---\n\nIntro\n\n# Heading title\n", d);
    CHECK(a.title == "Heading title");
    REQUIRE(a.authors.size() == 1);
    REQUIRE(a.blocks.size() == 1);
    CHECK(model::plain_text(a.blocks[0].inlines) == "Intro");
}

TEST_CASE("Front matter: unknown keys are reported; credits are read",
          "[read][markdown][front-matter]") {
    model::Diagnostics d;
    const auto a =
        test::read_md("---\ntitle: T\nlayout: post\ncredits:\n  - Photo by X\n---\nBody\n", d);
    CHECK(a.title == "T");
    CHECK(test::reported(d, "a.md:3: warning: unknown front matter key 'layout' ignored"));
    REQUIRE(a.credits.size() == 1);
    CHECK(a.credits[0].raw == "Photo by X");
    CHECK(a.credits[0].pos.line == 5);
}

TEST_CASE("Front matter: remote lead images are not fetched", "[read][markdown][front-matter]") {
    model::Diagnostics d;
    const auto a = test::read_md("---\ntitle: T\nimage: https://x.org/a.jpg\n---\nBody\n", d);
    CHECK(a.lead_image.empty());
    CHECK(test::reported(d, "a.md:3: warning: remote lead image not fetched"));
}

TEST_CASE("Front matter: malformed YAML is an error naming the file's line",
          "[read][markdown][front-matter]") {
    model::Diagnostics d;
    try {
        test::read_md("---\ntitle: ok\nauthor: [unclosed\ndate: x\n---\nBody\n", d);
        FAIL("no error");
    } catch (const model::Error& e) {
        const std::string msg = e.what();
        INFO(msg);
        CHECK(msg.rfind("a.md:", 0) == 0);
        CHECK(msg.find("invalid YAML front matter") != std::string::npos);
        const int line = std::stoi(msg.substr(5));
        CHECK(line >= 3);
        CHECK(line <= 5);
    }
    CHECK_THROWS_WITH(test::read_md("---\ntitle: {a: b}\n---\nx\n", d),
                      Catch::Contains("a.md:2: error: 'title' must be text"));
}

TEST_CASE("Front matter: only a YAML mapping at the very top counts",
          "[read][markdown][front-matter]") {
    model::Diagnostics d;
    // A thematic break and a setext heading, not front matter.
    const auto a = test::read_md("---\nJust text\n---\n\nmore\n", d);
    REQUIRE(a.blocks.size() >= 2);
    CHECK(a.blocks[0].kind == Block::Kind::ThematicBreak);
    // Not closed: Markdown too.
    const auto b = test::read_md("---\ntitle: x\n\ntext\n", d);
    CHECK(b.title != "x");
    // Not at the top: Markdown.
    const auto c = test::read_md("\n---\ntitle: x\n---\n", d);
    CHECK(c.title != "x");
}

TEST_CASE("read_front_matter offsets lines by where the block starts",
          "[read][metadata][front-matter]") {
    model::Article a;
    model::Diagnostics d;
    read::read_front_matter("title: x\nbogus: 1\n", "f.md", 10, a, d);
    CHECK(a.title == "x");
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].pos.line == 11);
    CHECK_THROWS_WITH(read::read_front_matter("- a\n- b\n", "f.md", 2, a, d),
                      Catch::Contains("f.md:2: error: front matter must be a mapping"));
}

TEST_CASE("Front matter: lang must be a language tag", "[read][markdown][front-matter]") {
    model::Diagnostics d;
    CHECK(test::read_md("---\nlang: pt_BR\n---\nx\n", d).lang == "pt-BR");
    CHECK(test::read_md("---\nlang: zh-Hant-TW\n---\nx\n", d).lang == "zh-Hant-TW");
    CHECK(test::read_md("---\nlang: de-1996\n---\nx\n", d).lang == "de-1996");
    CHECK(test::read_md("---\nlang: Persian\n---\nx\n", d).lang == "fa");
    CHECK(d.all().empty());
    // One rule with book.yaml: anything else stops the run, naming the line.
    for (const char* bad : {"English language", "en--US", "-en", "en-", "1en", "toolonglang"}) {
        model::Diagnostics e;
        CHECK_THROWS_WITH(test::read_md(std::string("---\nlang: \"") + bad + "\"\n---\nx\n", e),
                          Catch::Contains("a.md:2: error: 'lang': '"));
    }
}
