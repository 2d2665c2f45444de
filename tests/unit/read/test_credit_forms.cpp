// Credit lines in their many forms (issue 12): recognised as credits, never
// headings; a credit line under an image becomes that image's credit.

#include "markdown_test_util.hpp"
#include "read/credit_line.hpp"
#include "read/names.hpp"
#include "read/text/text_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;

namespace {
const model::SourcePos pos{"a.txt", 4};

model::Article read_txt(std::string text, model::Diagnostics& d) {
    read::SourceText src{"a.txt", std::move(text), "UTF-8"};
    return read::read_text(src, d);
}
} // namespace

TEST_CASE("names: capitalised words, particles, scripts without case", "[read][credit][names]") {
    CHECK(read::looks_like_name("Jane Doe"));
    CHECK(read::looks_like_name("Ludwig van Beethoven"));
    CHECK(read::looks_like_name("J. R. Smith"));
    CHECK(read::looks_like_name("\xC3\x89milie Dupont")); // Émilie
    CHECK(read::looks_like_name("\xC5\x81ukasz Nowak")); // Łukasz (U+0141, odd)
    CHECK(read::looks_like_name("\xC5\xA0imon Kova\xC4\x8D")); // Šimon Kovač (U+0160)
    CHECK_FALSE(read::looks_like_name("\xC5\x82ukasz nowak")); // ł small
    CHECK(read::looks_like_name("\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85")); // مریم
    CHECK_FALSE(read::looks_like_name("the time we arrived"));
    CHECK_FALSE(read::looks_like_name("A dry well at noon"));
    CHECK_FALSE(read::looks_like_name("Jane Doe, 1988"));
    CHECK_FALSE(read::looks_like_name("Protesters in front of the court"));
    CHECK_FALSE(read::looks_like_name(""));
}

TEST_CASE("credit lines in English, French, German, Spanish and Persian", "[read][credit]") {
    struct Case {
        const char* line;
        const char* creator;
        const char* source;
    };
    const Case cases[] = {
        {"Photo: Jane Doe", "Jane Doe", ""},
        {"Photo by Anna Lee on Unsplash", "Anna Lee", "Unsplash"},
        {"Credit: Sam Okafor/Reuters", "Sam Okafor", "Reuters"},
        {"Image: Jane Doe", "Jane Doe", ""},
        {"Photograph: Kim Park/The Guardian", "Kim Park", "The Guardian"},
        {"Illustration: Ana Ruiz", "Ana Ruiz", ""},
        {"Photo : Jean Dupont", "Jean Dupont", ""},
        {"Photo\xC2\xA0: Jean Dupont", "Jean Dupont", ""},     // no-break space
        {"Cr\xC3\xA9" "dit photo : Jean Dupont", "Jean Dupont", ""}, // Crédit photo
        {"Foto: Max Mustermann", "Max Mustermann", ""},
        {"Bild: Max Mustermann/dpa", "Max Mustermann", "dpa"},
        {"Bildnachweis: Erika Muster", "Erika Muster", ""},
        {"Fotograf\xC3\xAD" "a: Luis Garc\xC3\xAD" "a", "Luis Garc\xC3\xAD" "a", ""},
        {"Imagen: Luis Vega via Flickr", "Luis Vega", "Flickr"},
        {"\xD8\xB9\xDA\xA9\xD8\xB3: \xD9\x85\xD8\xB1\xDB\x8C\xD9\x85 \xD8\xAD\xD8\xB3\xDB\x8C\xD9\x86\xDB\x8C",
         "\xD9\x85\xD8\xB1\xDB\x8C\xD9\x85 \xD8\xAD\xD8\xB3\xDB\x8C\xD9\x86\xDB\x8C", ""}, // عکس: مریم حسینی
    };
    for (const Case& c : cases) {
        INFO(c.line);
        CHECK(read::looks_like_credit_line(c.line));
        const auto credit = read::parse_credit_line(c.line, pos);
        REQUIRE(credit);
        CHECK(credit->creator == c.creator);
        CHECK(credit->source == c.source);
        CHECK(credit->raw == c.line);
    }
    const auto c = read::parse_credit_line("Image: Wikimedia Commons, CC BY-SA 4.0", pos);
    REQUIRE(c);
    CHECK(c->source == "Wikimedia Commons");
    CHECK(c->licence.name == "CC BY-SA 4.0");
}

TEST_CASE("captions and sentences are not credits", "[read][credit]") {
    CHECK_FALSE(read::parse_credit_line("Image: protesters in front of the court", pos));
    CHECK_FALSE(read::parse_credit_line("Illustration: a map of the valley", pos));
    CHECK_FALSE(read::parse_credit_line("Bild: ein Hund im Park", pos));
    CHECK_FALSE(read::parse_credit_line("Photographers gathered at noon.", pos));
    CHECK_FALSE(read::parse_credit_line("Photo", pos));
    CHECK_FALSE(read::looks_like_credit_line("The photo was taken in 1988."));
    CHECK_FALSE(read::looks_like_credit_line("Credit:"));
    // An address is not a creator and its source.
    const auto c = read::parse_credit_line("Photo: https://example.org/a/b", pos);
    REQUIRE(c);
    CHECK(c->source.empty());
}

TEST_CASE("credit text without a prefix, as front matter gives it", "[read][credit]") {
    auto c = read::parse_credit_text("Jane Doe / Reuters, CC BY 4.0", pos);
    REQUIRE(c);
    CHECK(c->creator == "Jane Doe");
    CHECK(c->source == "Reuters");
    CHECK(c->licence.name == "CC BY 4.0");
    c = read::parse_credit_text("Photo: Anna Lee", pos);
    REQUIRE(c);
    CHECK(c->creator == "Anna Lee");
    CHECK_FALSE(read::parse_credit_text("   ", pos));
}

TEST_CASE("plain text: credit lines inside the text are never headings", "[read][text][credit]") {
    model::Diagnostics d;
    const auto a = read_txt("The Valley\n\nThe town met on Tuesday and talked for hours.\n\n"
                            "Photo: Jane Doe, CC BY 4.0\n\n"
                            "The wells had been dry since spring, and nobody knew why.\n\n"
                            "Foto: Max Mustermann\n\n"
                            "The plan is a new pipe, which the council will pay for.\n\n"
                            "Image: Wikimedia Commons, CC BY-SA 4.0\n\n"
                            "Work starts in May, if the money comes through in time.\n",
                            d);
    int credits = 0;
    for (const Block& b : a.blocks) {
        INFO(model::plain_text(b.inlines));
        CHECK(b.kind != Block::Kind::Heading);
        if (b.role == "credit") ++credits;
    }
    CHECK(credits == 3);
}

TEST_CASE("Markdown: a credit line under an image is the image's credit", "[read][markdown][credit]") {
    SECTION("italic, in the next paragraph") {
        model::Diagnostics d;
        const auto a = test::read_md("# T\n\n![A well](well.jpg)\n\n*Photo: Jane Doe via Flickr, "
                                     "CC BY-SA 4.0*\n\nText.\n",
                                     d);
        REQUIRE(a.credits.size() == 1);
        CHECK(a.credits[0].subject == "well.jpg");
        CHECK(a.credits[0].creator == "Jane Doe");
        CHECK(a.credits[0].source == "Flickr");
        CHECK(a.credits[0].licence.name == "CC BY-SA 4.0");
        REQUIRE(a.blocks.size() == 2); // the image, then "Text."
        CHECK(model::plain_text(a.blocks[1].inlines) == "Text.");
        CHECK(test::reported(d, "a.md:5: note: credit line under image 'well.jpg'"));
    }
    SECTION("plain, on the next line") {
        model::Diagnostics d;
        const auto a = test::read_md("# T\n\n![A well](well.jpg)\nCredit: Sam Okafor/Reuters\n\n"
                                     "Text.\n",
                                     d);
        REQUIRE(a.credits.size() == 1);
        CHECK(a.credits[0].subject == "well.jpg");
        CHECK(a.credits[0].creator == "Sam Okafor");
        CHECK(a.credits[0].source == "Reuters");
        REQUIRE(a.blocks.size() == 2);
        REQUIRE(a.blocks[0].inlines.size() == 1);
        CHECK(a.blocks[0].inlines[0].kind == model::Inline::Kind::Image);
    }
    SECTION("an italic caption on the next line becomes a paragraph of its own") {
        model::Diagnostics d;
        const auto a = test::read_md("# T\n\n![A well](well.jpg)\n*The well at noon*\n\nText.\n", d);
        CHECK(a.credits.empty());
        REQUIRE(a.blocks.size() == 3);
        CHECK(a.blocks[0].inlines.size() == 1);
        REQUIRE(a.blocks[1].inlines.size() == 1);
        CHECK(a.blocks[1].inlines[0].kind == model::Inline::Kind::Emphasis);
        CHECK(a.blocks[1].pos.line == 4);
    }
    SECTION("a credit line not under an image stays text") {
        model::Diagnostics d;
        const auto a = test::read_md("# T\n\nText.\n\nPhoto: Jane Doe\n", d);
        CHECK(a.credits.empty());
        CHECK(a.blocks.size() == 2);
    }
    SECTION("an image inside a sentence keeps the sentence") {
        model::Diagnostics d;
        const auto a = test::read_md("# T\n\n![icon](i.png)\nand more words here.\n", d);
        CHECK(a.credits.empty());
        CHECK(a.blocks.size() == 1);
    }
}
