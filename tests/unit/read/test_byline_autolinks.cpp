// Plain text: bylines under the title, and bare web addresses made links.

#include "read/text/autolinks.hpp"
#include "read/text/byline.hpp"
#include "read/text/text_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using read::text::parse_byline;

TEST_CASE("bylines: names, dates and sources", "[read][text][byline]") {
    auto b = parse_byline("By Maria Okafor | 12 March 2024 | Newsroom");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Maria Okafor"});
    CHECK(b->date == "2024-03-12");
    CHECK(b->source == "Newsroom");

    b = parse_byline("By Maria Okafor and Sam Lee");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Maria Okafor", "Sam Lee"});

    b = parse_byline("By Ann Smith, Bo Li and Cy Young");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Ann Smith", "Bo Li", "Cy Young"});

    b = parse_byline("By Jane Doe, Reuters");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Jane Doe"});
    CHECK(b->source == "Reuters");

    b = parse_byline("BY JANE DOE, Associated Press");
    REQUIRE(b);
    CHECK(b->source == "Associated Press");

    b = parse_byline("By Jane Doe, Staff Writer");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Jane Doe"});
    CHECK(b->source.empty());

    b = parse_byline("Von Max Mustermann und Erika Muster | 12. M\xC3\xA4rz 2024");
    REQUIRE(b);
    CHECK(b->authors.size() == 2);
    CHECK(b->date == "2024-03-12");

    b = parse_byline("Par Jean Dupont et Marie Curie | 12 mars 2024 | Le Monde");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Jean Dupont", "Marie Curie"});
    CHECK(b->source == "Le Monde");

    b = parse_byline("Por Luis Garc\xC3\xAD" "a | 12 de marzo de 2024");
    REQUIRE(b);
    CHECK(b->date == "2024-03-12");

    b = parse_byline("Jane Doe | The Valley Courier");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Jane Doe"});
    CHECK(b->source == "The Valley Courier");

    b = parse_byline("By Jane Doe | March 12, 2024");
    REQUIRE(b);
    CHECK(b->date == "2024-03-12");
}

TEST_CASE("sentences and other lines are not bylines", "[read][text][byline]") {
    CHECK_FALSE(parse_byline("By the time we arrived, the river had risen."));
    CHECK_FALSE(parse_byline("By Tuesday, the river had risen."));
    CHECK_FALSE(parse_byline("By Tuesday"));
    CHECK_FALSE(parse_byline("By 2030 the town will need twice the water."));
    CHECK_FALSE(parse_byline("Jane Doe")); // a bare name needs another part
    CHECK_FALSE(parse_byline("Home | News | Sport"));
    CHECK_FALSE(parse_byline("By Jane Doe | 5 min read"));
    CHECK_FALSE(parse_byline("By and large, the plan worked."));
}

TEST_CASE("written dates to ISO", "[read][text][byline]") {
    CHECK(read::text::parse_written_date("2024-03-12") == "2024-03-12");
    CHECK(read::text::parse_written_date("12 March 2024") == "2024-03-12");
    CHECK(read::text::parse_written_date("Mar 5, 2024") == "2024-03-05");
    CHECK(read::text::parse_written_date("5 ao\xC3\xBBt 2023") == "2023-08-05");
    CHECK(read::text::parse_written_date("12 Smarch 2024").empty());
    CHECK(read::text::parse_written_date("32 March 2024").empty());
}

TEST_CASE("plain text: the byline under the title fills the article's header", "[read][text][byline]") {
    model::Diagnostics d;
    read::SourceText src{"a.txt",
                         "Water in the Valley\n\nBy Maria Okafor | 12 March 2024 | Newsroom\n\n"
                         "By the time we arrived, the river had risen.\n",
                         "UTF-8"};
    read::TextReport report;
    const auto a = read::read_text(src, {}, d, &report);
    REQUIRE(a.authors.size() == 1);
    CHECK(a.authors[0].name == "Maria Okafor");
    CHECK(a.date == "2024-03-12");
    CHECK(a.source_name == "Newsroom");
    CHECK(report.byline_line == 3);
    REQUIRE(a.blocks.size() == 1);
    CHECK(model::plain_text(a.blocks[0].inlines) == "By the time we arrived, the river had risen.");

    model::Diagnostics d2;
    read::SourceText prose{"b.txt", "Title\n\nBy the time we arrived, the river had risen.\n", "UTF-8"};
    const auto b = read::read_text(prose, {}, d2, nullptr);
    CHECK(b.authors.empty());
    CHECK(b.blocks.size() == 1);
}

namespace {
// The inlines as "text[link:href|text]" for compact checks.
std::string shape(const model::Inlines& in) {
    std::string out;
    for (const auto& i : in) {
        if (i.kind == model::Inline::Kind::Link)
            out += "[" + i.url + "|" + model::plain_text(i.children) + "]";
        else
            out += i.text;
    }
    return out;
}
} // namespace

TEST_CASE("bare addresses become links; sentence punctuation stays out", "[read][text][links]") {
    using read::text::link_addresses;
    CHECK(shape(link_addresses("See https://example.org/report.")) ==
          "See [https://example.org/report|https://example.org/report].");
    CHECK(shape(link_addresses("(see www.example.org/a_b), then")) ==
          "(see [http://www.example.org/a_b|www.example.org/a_b]), then");
    CHECK(shape(link_addresses("https://en.wikipedia.org/wiki/Well_(water)!")) ==
          "[https://en.wikipedia.org/wiki/Well_(water)|https://en.wikipedia.org/wiki/Well_(water)]!");
    CHECK(shape(link_addresses("\xE2\x80\x9Chttp://a.org/x?\xE2\x80\x9D he said")) ==
          "\xE2\x80\x9C[http://a.org/x|http://a.org/x]?\xE2\x80\x9D he said");
    CHECK(shape(link_addresses("Two: http://a.org; https://b.org/c/, end")) ==
          "Two: [http://a.org|http://a.org]; [https://b.org/c/|https://b.org/c/], end");
    // Not addresses: no host, inside a word, a bare scheme.
    CHECK(shape(link_addresses("http:// and www. and xhttp://a.org")) ==
          "http:// and www. and xhttp://a.org");
    CHECK(link_addresses("no address here").size() == 1);
}

TEST_CASE("plain text: addresses in paragraphs are linked, headings untouched", "[read][text][links]") {
    model::Diagnostics d;
    read::SourceText src{"a.txt",
                         "Title\n\nThe report is at https://example.org/r.pdf, and www.x.org too.\n",
                         "UTF-8"};
    read::TextReport report;
    const auto a = read::read_text(src, {}, d, &report);
    CHECK(report.links == 2);
    REQUIRE(a.blocks.size() == 1);
    const auto& in = a.blocks[0].inlines;
    REQUIRE(in.size() >= 2);
    CHECK(in[1].kind == model::Inline::Kind::Link);
    CHECK(in[1].url == "https://example.org/r.pdf");
}
