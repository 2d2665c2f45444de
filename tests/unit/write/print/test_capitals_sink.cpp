#include "write/print/capitals_sink.hpp"
#include "write/print/html5_sink.hpp"

#include <catch2/catch.hpp>

#include <string>

using galley::write::print::CapitalsSink;
using galley::write::print::Html5Sink;
using galley::write::print::is_capital;

namespace {

// `text` in a paragraph of a body in `lang`, inside `wrapper` when given.
std::string body(std::string_view text, const char* lang = "en", const char* wrapper = nullptr) {
    std::string out;
    Html5Sink html(out);
    CapitalsSink s(html);
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

TEST_CASE("lower-case words, headings, links, code and German text are left alone",
          "[write][print][capitals]") {
    CHECK(body("administration and responsibility").find("span") == std::string::npos);
    CHECK(body("Karbala", "en", "a").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Karbala", "en", "code").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Bundesverfassungsgericht", "de-AT").find("class=\"cap\"") == std::string::npos);
    CHECK(body("Karbala", "fr", "em").find("<em><span class=\"cap\">Karbala</span></em>") !=
          std::string::npos);

    std::string out;
    Html5Sink html(out);
    CapitalsSink s(html);
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
}

TEST_CASE("capitals of the Latin, Greek and Cyrillic scripts", "[write][print][capitals]") {
    for (char32_t c : {U'A', U'Z', U'É', U'Ø', U'Ł', U'Ž', U'Ș', U'Ω', U'Ж', U'Ẽ'})
        CHECK(is_capital(c));
    for (char32_t c : {U'a', U'z', U'é', U'ß', U'×', U'ł', U'ž', U'ω', U'ж', U'ẽ', U'ک', U'1'})
        CHECK_FALSE(is_capital(c));
}
