#include "transform/typography.hpp"

#include <catch2/catch.hpp>

using namespace galley;
using model::Block;
using model::Inline;

namespace {
std::string en(std::string_view s) {
    return transform::smarten(s, "en");
}
} // namespace

TEST_CASE("typography: English quotes and apostrophes", "[transform][typography]") {
    CHECK(en("\"Hi,\" she said.") == "\xE2\x80\x9CHi,\xE2\x80\x9D she said.");
    CHECK(en("the only 'crime' was") == "the only \xE2\x80\x98"
                                        "crime\xE2\x80\x99 was");
    CHECK(en("the mullahs' regime") == "the mullahs\xE2\x80\x99 regime");
    CHECK(en("Iran's") == "Iran\xE2\x80\x99s");
    CHECK(en("(\"a\")") == "(\xE2\x80\x9C"
                           "a\xE2\x80\x9D)");
    CHECK(en("\xE2\x80\x9C"
             "curly\xE2\x80\x9D") == "\xE2\x80\x9C"
                                     "curly\xE2\x80\x9D");
    CHECK(en("no quotes at all") == "no quotes at all");
}

TEST_CASE("typography: dashes, ellipses and ranges", "[transform][typography]") {
    CHECK(en("a -- b") == "a\xE2\x80\x94"
                          "b");
    CHECK(en("a - b") == "a\xE2\x80\x94"
                         "b");
    CHECK(en("well--no") == "well\xE2\x80\x94no");
    CHECK(en("- item") == "- item");
    CHECK(en("1990-1995") == "1990\xE2\x80\x93"
                             "1995");
    CHECK(en("2019-11-15") == "2019-11-15");
    CHECK(en("COVID-19") == "COVID-19");
    CHECK(en("12-year-old") == "12-year-old");
    CHECK(en("so...") == "so\xE2\x80\xA6");
    transform::TypographyOptions en_dash;
    en_dash.dashes = transform::DashStyle::SpacedEn;
    CHECK(transform::smarten("a -- b", "en", en_dash) == "a \xE2\x80\x93 b");
    // Other languages keep the spaces around an em dash.
    CHECK(transform::smarten("a -- b", "fr") == "a \xE2\x80\x94 b");
}

TEST_CASE("typography: languages", "[transform][typography]") {
    // French: guillemets with no-break spaces, also for a space typed inside.
    CHECK(transform::smarten("\"oui\"", "fr") == "\xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB");
    CHECK(transform::smarten("\" oui \"", "fr-CA") == "\xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB");
    CHECK(transform::smarten("\xC2\xAB oui \xC2\xBB", "fr") ==
          "\xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB");
    CHECK(transform::smarten("\"ja\"", "de") == "\xE2\x80\x9Eja\xE2\x80\x9C");
    CHECK(transform::smarten("'ja'", "de-AT") == "\xE2\x80\x9Aja\xE2\x80\x98");
    CHECK(transform::smarten("\"ja\"", "de-CH") == "\xC2\xABja\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "fa") == "\xC2\xABx\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "ar") == "\xC2\xABx\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "ru") == "\xC2\xABx\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "it") == "\xC2\xABx\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "es") == "\xC2\xABx\xC2\xBB");
    CHECK(transform::smarten("\"x\"", "nl") == "\xE2\x80\x9Cx\xE2\x80\x9D"); // default: English
}

TEST_CASE("typography: quotes across inline elements; code untouched", "[transform][typography]") {
    model::Book book;
    book.meta.lang = "en";
    book.meta.title = "Iran's book";
    model::Article a;
    a.title = "Iran's massacres";
    // "<em>word</em>" and `code "x"` and "kbd <kbd>'a'</kbd>"
    a.blocks.push_back(model::make_paragraph(
        {Inline::make_text("\""),
         Inline::make_span(Inline::Kind::Emphasis, {Inline::make_text("word")}),
         Inline::make_text("\" and "), Inline::make_code("\"x\" -- 'y'"),
         Inline::make_text(" and "), Inline{Inline::Kind::Keyboard, "'a'", {}, {}}}));
    Block code;
    code.kind = Block::Kind::CodeBlock;
    code.text = "\"keep\" -- this...";
    a.blocks.push_back(code);
    Block quote;
    quote.kind = Block::Kind::BlockQuote;
    quote.children.push_back(model::make_paragraph({Inline::make_text("it's")}));
    a.blocks.push_back(quote);
    book.articles.push_back(a);

    model::Article fr = a;
    fr.lang = "fr";
    book.articles.push_back(fr);

    transform::apply_typography(book);
    const model::Article& out = book.articles[0];
    CHECK(book.meta.title == "Iran\xE2\x80\x99s book");
    CHECK(out.title == "Iran\xE2\x80\x99s massacres");
    const auto& p = out.blocks[0].inlines;
    CHECK(p[0].text == "\xE2\x80\x9C");
    CHECK(p[1].children[0].text == "word");
    CHECK(p[2].text == "\xE2\x80\x9D and ");
    CHECK(p[3].text == "\"x\" -- 'y'");
    CHECK(p[5].text == "'a'");
    CHECK(out.blocks[1].text == "\"keep\" -- this...");
    CHECK(model::plain_text(out.blocks[2].children[0].inlines) == "it\xE2\x80\x99s");
    // The article's own language wins over the book's.
    CHECK(book.articles[1].blocks[0].inlines[0].text == "\xC2\xAB\xC2\xA0");
}

TEST_CASE("typography: linear on a long run", "[transform][typography][pathological]") {
    std::string s;
    while (s.size() < (4u << 20))
        s += "\"a\" 'b' -- c... 1-2 ";
    const std::string out = en(s);
    CHECK(out.find('"') == std::string::npos);
    CHECK(out.find('\'') == std::string::npos);
    const std::string quotes(200000, '"');
    CHECK(en(quotes).size() == quotes.size() * 3);
}
