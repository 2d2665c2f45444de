#include "write/print/hyphenation_sink.hpp"
#include "write/print/html5_sink.hpp"

#include <catch2/catch.hpp>

#include <string>

using galley::write::print::Destination;
using galley::write::print::HyphenationMarks;
using galley::write::print::HyphenationSink;
using galley::write::print::is_measuring_id;
using galley::write::print::third_hyphenated_lines;
using galley::write::print::Html5Sink;
using galley::write::print::is_capital;

namespace {

// `text` in a paragraph of a body in `lang`, inside `wrapper` when given.
std::string body(std::string_view text, const char* lang = "en", const char* wrapper = nullptr,
                 const HyphenationMarks& marks = {}) {
    std::string out;
    Html5Sink html(out);
    HyphenationSink s(html, marks);
    s.open("body");
    s.attribute("lang", lang);
    s.open("p");
    if (wrapper) s.open(wrapper, true);
    s.text(text);
    if (wrapper) s.close();
    s.close();
    s.close();
    return out;
}

} // namespace

TEST_CASE("capitalised words of six letters or more are kept whole", "[write][print][capitals]") {
    const std::string out = body("From Karbala to (Alexandria), via Kufa and Écouen\xE2\x80\x99s “Montgomery”.");
    CHECK(out.find("From Karbala") == std::string::npos);
    CHECK(out.find("<span class=\"cap\">Karbala</span> to") != std::string::npos);
    // Punctuation around the word stays outside, an apostrophe inside.
    CHECK(out.find("(<span class=\"cap\">Alexandria</span>),") != std::string::npos);
    CHECK(out.find("<span class=\"cap\">Écouen’s</span>") != std::string::npos);
    CHECK(out.find("“<span class=\"cap\">Montgomery</span>”.") != std::string::npos);
    // Too short to be hyphenated: no mark.
    CHECK(out.find(">Kufa<") == std::string::npos);
    CHECK(out.find("From") != std::string::npos);
}

TEST_CASE("lower-case words, headings, links, code and German text are not marked as names",
          "[write][print][capitals]") {
    CHECK(body("administration and responsibility").find("span") == std::string::npos);
    CHECK(body("Karbala", "en", "a").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Karbala", "en", "code").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Bundesverfassungsgericht", "de-AT").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Karbala", "fr", "em").find("<em><span class=\"cap\">Karbala</span></em>") !=
          std::string::npos);

    std::string out;
    Html5Sink html(out);
    const HyphenationMarks marks{true, {}};
    HyphenationSink s(html, marks);
    s.open("html");
    s.open("head");
    s.open("style");
    s.text(".Karbala { Something: nothing }");
    s.close();
    s.close();
    s.open("body");
    s.open("h1");
    s.text("Alexandria");
    s.close();
    s.close();
    s.close();
    CHECK(out.find("class=\"cap\"") == std::string::npos);
    CHECK(out.find("id=\"hy-") == std::string::npos); // nothing to measure outside the body
}

TEST_CASE("capitals of the Latin, Greek and Cyrillic scripts", "[write][print][capitals]") {
    for (char32_t c : {U'A', U'Z', U'É', U'Ø', U'Ł', U'Ž', U'Ș', U'Ω', U'Ж', U'Ẽ'})
        CHECK(is_capital(c));
    for (char32_t c : {U'a', U'z', U'é', U'ß', U'×', U'ł', U'ž', U'ω', U'ж', U'ẽ', U'ک', U'1'})
        CHECK_FALSE(is_capital(c));
}

TEST_CASE("candidates for hyphenation are numbered, measured and kept whole",
          "[write][print][hyphenation]") {
    // Candidates: six letters or more, not a name kept whole anyway.
    const std::string text = "The administration of Karbala, responsibility and (understanding).";
    CHECK(body(text) == body(text, "en", nullptr, HyphenationMarks{}));
    CHECK(body(text).find("hy-") == std::string::npos);

    const std::string measured = body(text, "en", nullptr, HyphenationMarks{true, {}});
    CHECK(measured.find("The <span id=\"hy-0-1\">administration</span><span id=\"hz-0-1\"></span> of "
                        "<span class=\"cap\">Karbala</span>, "
                        "<span id=\"hy-1-1\">responsibility</span><span id=\"hz-1-1\"></span> and "
                        "(<span id=\"hy-2-1\">understanding</span><span id=\"hz-2-1\"></span>).") !=
          std::string::npos);
    CHECK(measured.find("hy-3") == std::string::npos);

    // Kept whole: the listed numbers, whether measured or not.
    const std::string kept = body(text, "en", nullptr, HyphenationMarks{true, {}, {1, 7}});
    CHECK(kept.find("<span class=\"keep\">responsibility</span> and") != std::string::npos);
    CHECK(kept.find("hy-1") == std::string::npos);
    CHECK(kept.find("<span id=\"hy-2-1\">understanding</span>") != std::string::npos);
    const std::string plain = body(text, "en", nullptr, HyphenationMarks{false, {}, {0}});
    CHECK(plain.find("The <span class=\"keep\">administration</span> of") != std::string::npos);
    CHECK(plain.find(" responsibility and") != std::string::npos);

    // German nouns are candidates; code is not.
    CHECK(body("Die Bundesverfassungsgericht", "de", nullptr, HyphenationMarks{true, {}})
              .find("<span id=\"hy-0-1\">Bundesverfassungsgericht</span>") != std::string::npos);
    CHECK(body("administration", "en", "code", HyphenationMarks{true, {}}).find("hy-") ==
          std::string::npos);
}

TEST_CASE("measuring ids are recognised", "[write][print][hyphenation]") {
    CHECK(is_measuring_id("hy-0-0"));
    CHECK(is_measuring_id("hz-1234-17"));
    CHECK_FALSE(is_measuring_id("hy-"));
    CHECK_FALSE(is_measuring_id("hy-1"));
    CHECK_FALSE(is_measuring_id("hy-1-"));
    CHECK_FALSE(is_measuring_id("hy--1"));
    CHECK_FALSE(is_measuring_id("hy-1-2-3"));
    CHECK_FALSE(is_measuring_id("hy-1a-2"));
    CHECK_FALSE(is_measuring_id("hx-1"));
    CHECK_FALSE(is_measuring_id("ch001-s2"));
    CHECK_FALSE(is_measuring_id("pl-ch001-3"));
}

namespace {

// Destinations of candidate `n` starting on line `from` and ending on line
// `to` of `page` (lines 14 points apart).
void word(std::map<std::string, Destination>& d, std::size_t n, int from, int to,
          std::size_t page = 0, std::size_t end_page = 0, std::size_t block = 5) {
    const std::string id = std::to_string(n) + "-" + std::to_string(block);
    d["hy-" + id] = Destination{page, 100.0 + 14 * from};
    d["hz-" + id] = Destination{end_page ? end_page : page, 100.0 + 14 * to + 0.4};
}

std::vector<std::size_t> numbers(const std::vector<galley::write::print::Candidate>& cs) {
    std::vector<std::size_t> out;
    for (const auto& c : cs)
        out.push_back(c.number);
    return out;
}

} // namespace

TEST_CASE("the third hyphenated line of a run is found", "[write][print][hyphenation]") {
    std::map<std::string, Destination> d;
    word(d, 0, 0, 0);  // on one line: not hyphenated
    word(d, 1, 1, 2);  // lines 1, 2, 3 end hyphenated: a run of three
    word(d, 2, 2, 3);
    word(d, 3, 3, 4);
    word(d, 4, 4, 4);  // line 4 is not
    word(d, 5, 6, 7);  // two in a row: allowed
    word(d, 6, 7, 8);
    word(d, 7, 9, 10); // line 8 is not hyphenated: a new run
    CHECK((numbers(third_hyphenated_lines(d)) == std::vector<std::size_t>{3}));

    // A run of five: the third is kept whole, the fourth starts a new run.
    std::map<std::string, Destination> five;
    for (std::size_t i = 0; i < 5; ++i)
        word(five, i, static_cast<int>(i), static_cast<int>(i) + 1);
    CHECK((numbers(third_hyphenated_lines(five)) == std::vector<std::size_t>{2}));
    word(five, 5, 5, 6);
    CHECK((numbers(third_hyphenated_lines(five)) == std::vector<std::size_t>{2, 5}));

    // Across a page: the word ends at the top of the next page, where the
    // next hyphenated line starts.
    std::map<std::string, Destination> pages;
    word(pages, 10, 40, 41);
    d = {};
    d["hy-11-5"] = Destination{0, 100.0 + 14 * 41};
    d["hz-11-5"] = Destination{1, 100.0};
    d["hy-12-5"] = Destination{1, 100.0};
    d["hz-12-5"] = Destination{1, 114.0};
    pages.insert(d.begin(), d.end());
    CHECK((numbers(third_hyphenated_lines(pages)) == std::vector<std::size_t>{12}));

    // Document order is not layout order (a footnote's words come in the
    // middle of its paragraph): runs follow the lines.
    std::map<std::string, Destination> notes;
    word(notes, 0, 0, 1);
    word(notes, 1, 50, 51); // the note, at the foot of the page
    word(notes, 2, 1, 2);
    word(notes, 3, 2, 3);
    CHECK((numbers(third_hyphenated_lines(notes)) == std::vector<std::size_t>{3}));

    // Other ids and half-measured words are ignored.
    std::map<std::string, Destination> other{{"ch001", {0, 10}}, {"hy-9-5", {0, 10}}};
    CHECK(third_hyphenated_lines(other).empty());

    // The block comes with the candidate.
    std::map<std::string, Destination> blocks;
    for (std::size_t i = 0; i < 3; ++i)
        word(blocks, i, static_cast<int>(i), static_cast<int>(i) + 1, 0, 0, 42);
    CHECK((third_hyphenated_lines(blocks) ==
           std::vector<galley::write::print::Candidate>{{2, 42}}));
}

TEST_CASE("a layout after the first measures only the blocks named", "[write][print][hyphenation]") {
    std::string out;
    Html5Sink html(out);
    const HyphenationMarks marks{true, {2}, {}};
    HyphenationSink s(html, marks);
    s.open("body");  // block 0
    s.open("p");     // block 1
    s.text("administration");
    s.close();
    s.open("p");     // block 2
    s.open("em", true);
    s.text("responsibility");
    s.close();
    s.close();
    s.close();
    CHECK(out.find("hy-0") == std::string::npos);
    CHECK(out.find("<em><span id=\"hy-1-2\">responsibility</span><span id=\"hz-1-2\"></span></em>") !=
          std::string::npos);
}
