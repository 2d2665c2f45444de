#include "read/text/text_reader.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace galley;
using model::Block;

namespace {
model::Article read_str(std::string text, model::Diagnostics& d) {
    read::SourceText src{"a.txt", std::move(text), "UTF-8"};
    return read::read_text(src, d);
}
std::string para(const model::Article& a, std::size_t i) {
    return model::plain_text(a.blocks.at(i).inlines);
}
} // namespace

TEST_CASE("first non-empty line is the title; blank lines separate paragraphs", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("\n\n  My Title  \n\nFirst para\ncontinues.\n\n\nSecond.\n", d);
    CHECK(a.title == "My Title");
    REQUIRE(a.blocks.size() == 2);
    CHECK(para(a, 0) == "First para continues.");
    CHECK(a.blocks[0].pos.line == 5);
    CHECK(para(a, 1) == "Second.");
    CHECK(a.blocks[1].pos.line == 9);
    CHECK(a.source.file == "a.txt");
    CHECK(d.all().empty());
}

TEST_CASE("runs of spaces and no-break spaces collapse to one", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("T\n\nOne.\xC2\xA0 \xC2\xA0Two  three\t four.\xC2\xA0 \n", d);
    REQUIRE(a.blocks.size() == 1);
    CHECK(para(a, 0) == "One. Two three four.");
}

TEST_CASE("an empty file gives an empty, titled article and a warning", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str(" \n\n", d);
    CHECK(a.title == "Untitled");
    CHECK(a.blocks.empty());
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() == "a.txt: warning: empty article: no text found");
}

TEST_CASE("text after the title line in the same chunk is kept", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_str("Title\nbody right below\n", d);
    CHECK(a.title == "Title");
    REQUIRE(a.blocks.size() == 1);
    CHECK(para(a, 0) == "body right below");
    CHECK(a.blocks[0].pos.line == 2);
}

namespace {
model::Article read_with(std::string text, model::Diagnostics& d, read::TextReport* report,
                         std::vector<std::string> strip = {}) {
    read::SourceText src{"a.txt", std::move(text), "UTF-8"};
    read::TextOptions options;
    options.strip = std::move(strip);
    return read::read_text(src, options, d, report);
}
} // namespace

TEST_CASE("headings, lists and quotes keep their source lines", "[read][text]") {
    model::Diagnostics d;
    read::TextReport report;
    const auto a = read_with("\nTitle\n\nIntro text here.\n\nA Section Title\n\nBody text that "
                             "follows.\n\n- one\n- two\n\n> quoted\n\n***\n",
                             d, &report);
    CHECK(report.title_line == 2);
    CHECK(report.paragraph_style == "blank-line separated");
    REQUIRE(a.blocks.size() == 6);
    CHECK(a.blocks[1].kind == Block::Kind::Heading);
    CHECK(a.blocks[1].level == 2);
    CHECK(a.blocks[1].pos == model::SourcePos{"a.txt", 6});
    const Block& list = a.blocks[3];
    REQUIRE(list.kind == Block::Kind::List);
    CHECK_FALSE(list.ordered);
    CHECK(list.tight);
    CHECK(list.pos.line == 10);
    REQUIRE(list.children.size() == 2);
    CHECK(list.children[1].pos.line == 11);
    CHECK(list.children[1].kind == Block::Kind::ListItem);
    CHECK(model::plain_text(list.children[1].children.at(0).inlines) == "two");
    CHECK(a.blocks[4].kind == Block::Kind::BlockQuote);
    CHECK(a.blocks[4].pos.line == 13);
    CHECK(a.blocks[5].kind == Block::Kind::ThematicBreak);
    CHECK(a.blocks[5].pos.line == 15);
    CHECK(d.all().empty());
}

TEST_CASE("an ordered list keeps its start number", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_with("T\n\n7. seven\n8. eight\n", d, nullptr);
    REQUIRE(a.blocks.size() == 1);
    CHECK(a.blocks[0].ordered);
    CHECK(a.blocks[0].start == 7);
}

TEST_CASE("the seed's credit line becomes a credit record, out of the body", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_with("T\n\nBody.\n\nImage credit:\xC2\xA0 Philafrenzy via Wikimedia "
                             "CommonsCC BY-SA 4.0.\n",
                             d, nullptr);
    REQUIRE(a.blocks.size() == 1);
    REQUIRE(a.credits.size() == 1);
    const model::Credit& c = a.credits[0];
    CHECK(c.creator == "Philafrenzy");
    CHECK(c.source == "Wikimedia Commons");
    CHECK(c.licence.name == "CC BY-SA 4.0");
    CHECK(c.licence.spdx == "CC-BY-SA-4.0");
    CHECK(c.subject == "lead image");
    CHECK(c.raw == "Image credit: Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.");
    CHECK(c.pos == model::SourcePos{"a.txt", 5});
}

TEST_CASE("strip patterns remove paragraphs and say so; unmatched leftovers warn", "[read][text]") {
    model::Diagnostics d;
    read::TextReport report;
    const auto a = read_with("T\n\nBody.\n\nShare this article\n\nIf you experience technical "
                             "problems, please write to\n",
                             d, &report, {"IF YOU EXPERIENCE*"});
    REQUIRE(a.blocks.size() == 2);
    CHECK(model::plain_text(a.blocks[1].inlines) == "Share this article");
    CHECK(report.stripped == 1);
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].format() ==
          "a.txt:7: note: stripped paragraph (strip pattern \"IF YOU EXPERIENCE*\"): \"If you "
          "experience technical problems, please write to\"");
    CHECK(d.all()[1].format() == "a.txt:5: warning: looks like page boilerplate: \"Share this "
                                 "article\"");
}

TEST_CASE("paragraph styles are guessed and reported", "[read][text]") {
    model::Diagnostics d;
    read::TextReport report;
    std::string wrapped = "T\n\n";
    for (int i = 0; i < 6; ++i)
        wrapped += "this line of a hard-wrapped e-mail is cut near seventy columns and\n";
    wrapped += "ends here.\n";
    auto a = read_with(wrapped, d, &report);
    CHECK(report.paragraph_style.starts_with("hard-wrapped at "));
    REQUIRE(a.blocks.size() == 1);

    std::string single = "T\n";
    for (int i = 0; i < 4; ++i)
        single += "One paragraph per line, each a sentence that ends with a full stop.\n";
    a = read_with(single, d, &report);
    CHECK(report.paragraph_style == "one line per paragraph");
    CHECK(a.blocks.size() == 4);
}

TEST_CASE("pathological inputs stay linear and never crash", "[read][text][pathological]") {
    model::Diagnostics d;
    SECTION("a 5 MB single line") {
        std::string s = "T\n\n";
        for (int i = 0; s.size() < (5u << 20); ++i)
            s += "word \"quoted\" it's -- 1990-1991... ";
        const auto a = read_with(s, d, nullptr);
        REQUIRE(a.blocks.size() == 1);
        CHECK(model::plain_text(a.blocks[0].inlines).size() > (5u << 20) - 100);
    }
    SECTION("100k blank lines") {
        const std::string s = "T\n" + std::string(100000, '\n') + "end.\n";
        const auto a = read_with(s, d, nullptr);
        REQUIRE(a.blocks.size() == 1);
        CHECK(a.blocks[0].pos.line == 100002);
    }
    SECTION("100k list items") {
        std::string s = "T\n\n";
        for (int i = 0; i < 100000; ++i)
            s += "- item\n";
        const auto a = read_with(s, d, nullptr, {"item*"});
        REQUIRE(a.blocks.size() == 1);
        CHECK(a.blocks[0].children.size() == 100000);
    }
    SECTION("100k one-line paragraphs, all stripped") {
        std::string s = "T\n\n";
        for (int i = 0; i < 100000; ++i)
            s += "Share this article.\n\n";
        const auto a = read_with(s, d, nullptr, {"share*"});
        CHECK(a.blocks.empty());
    }
    SECTION("deeply nested quotes") {
        const std::string s = "T\n\n" + std::string(100000, '>') + " deep\n";
        const auto a = read_with(s, d, nullptr);
        REQUIRE(a.blocks.size() == 1);
        CHECK(a.blocks[0].kind == Block::Kind::BlockQuote);
    }
    SECTION("every byte value") {
        std::string s = "T\n\n";
        for (int round = 0; round < 64; ++round)
            for (int c = 1; c < 256; ++c)
                s += static_cast<char>((c * 7 + round) % 255 + 1);
        const auto a = read_with(s, d, nullptr);
        CHECK(a.title == "T");
    }
}

TEST_CASE("random structured text never breaks the reader", "[read][text][pathological]") {
    // Lines built from the pieces the rules look at, in random order.
    const char* pieces[] = {
        "1. ", "a) ",  "(3) ", "- ",       "* ",       "\xE2\x80\xA2 ", "> ",
        ">> ", "***",  "#",    "---",      "===",      "Chapter 1",     "\"",
        "'",   "word", "WORD", "Photo: ",  "Credit: ", "via ",          "CC BY 4.0",
        ". ",  "  ",   "\t",   "\xC2\xA0", "\n",       "\n\n",          "to"};
    std::mt19937 rng(42);
    for (int round = 0; round < 300; ++round) {
        std::string s;
        const int n = static_cast<int>(rng() % 200);
        for (int i = 0; i < n; ++i)
            s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
        model::Diagnostics d;
        read::TextReport report;
        const auto a = read_with(s, d, &report, {"*word*"});
        for (const auto& b : a.blocks)
            CHECK(b.pos.line >= 1);
    }
}

TEST_CASE("YAML front matter fills the article's metadata", "[read][text]") {
    model::Diagnostics d;
    const auto a = read_with("---\ntitle: \"T\"\nsubtitle: S\nauthor: [Jane Doe]\ndate: "
                             "2020-08-05\nlang: fr\n---\n\nBody.\n",
                             d, nullptr);
    CHECK(a.title == "T");
    CHECK(a.subtitle == "S");
    REQUIRE(a.authors.size() == 1);
    CHECK(a.authors[0].name == "Jane Doe");
    CHECK(a.date == "2020-08-05");
    CHECK(a.lang == "fr");
    REQUIRE(a.blocks.size() == 1);
    CHECK(a.blocks[0].pos.line == 9);
}

TEST_CASE("plain text gets front matter only from a mapping of known keys", "[read][text]") {
    model::Diagnostics d;
    // A warning between rules is text, not metadata.
    auto a = read_with("---\nWarning: graphic content.\n---\n\nThe Title\n\nBody.\n", d, nullptr);
    std::string all;
    for (const auto& b : a.blocks)
        all += model::plain_text(b.inlines) + "\n";
    CHECK((a.title + "\n" + all).find("Warning: graphic content.") != std::string::npos);
    // YAML that does not parse is text too, never an error.
    model::Diagnostics d2;
    a = read_with("---\ntitle: T\ntitle: [\n---\nBody.\n", d2, nullptr);
    all.clear();
    for (const auto& b : a.blocks)
        all += model::plain_text(b.inlines) + "\n";
    CHECK((a.title + "\n" + all).find("title: [") != std::string::npos);
    // A text opening with a rule and later holding a "..." line is read.
    model::Diagnostics d3;
    a = read_with("---\n\nStory\n\nIt began.\n\n...\n\nIt ended.\n", d3, nullptr);
    all.clear();
    for (const auto& b : a.blocks)
        all += model::plain_text(b.inlines) + "\n";
    CHECK(all.find("It began.") != std::string::npos);
    CHECK(all.find("It ended.") != std::string::npos);
}
