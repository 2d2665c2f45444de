#include "transform/stylesheet.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using galley::model::Diagnostics;
using galley::transform::check_stylesheet;

TEST_CASE("stylesheet: what a book cannot hold is dropped and reported", "[transform][css]") {
    Diagnostics d;
    const std::string css = "@charset \"ISO-8859-1\";\n"
                            "@import url(http://example.org/x.css);\n"
                            "p { color: navy; background: url(javascript:alert(1)); margin: 0 }\n"
                            "@font-face { font-family: X; src: url(https://example.org/x.woff); }\n"
                            "h1 { behavior: url(x.htc); font-weight: bold }\n"
                            "a { content: \"url(not a url)\"; }\n";
    const std::string out = check_stylesheet(css, "s.css", d);
    CHECK(out == "\n\np { color: navy; margin: 0 }\n\nh1 { font-weight: bold }\n"
                 "a { content: \"url(not a url)\"; }\n");
    REQUIRE(d.all().size() == 5);
    CHECK(d.all()[0].format().rfind("s.css:1: warning: @charset dropped", 0) == 0);
    CHECK(d.all()[1].format().rfind("s.css:2: warning: @import dropped", 0) == 0);
    CHECK(d.all()[2].format().rfind("s.css:3: warning: url() dropped", 0) == 0);
    CHECK(d.all()[3].format().rfind("s.css:4: warning: @font-face dropped", 0) == 0);
    CHECK(d.all()[4].format().rfind("s.css:5: warning: script hook dropped", 0) == 0);
}

TEST_CASE("stylesheet: a clean sheet is kept byte for byte; bad text is an error", "[transform][css]") {
    Diagnostics d;
    const std::string css = "/* url(x) in a comment */ body { font: 1em/1.4 serif; }\n";
    CHECK(check_stylesheet(css, "s.css", d) == css);
    CHECK(d.all().empty());
    CHECK_THROWS_WITH(check_stylesheet("p{}\xff", "s.css", d), "s.css: the stylesheet is not UTF-8; save it as UTF-8");
    CHECK_THROWS_WITH(check_stylesheet(std::string("p{}\0", 4), "s.css", d), Catch::StartsWith("s.css: a stylesheet with NUL"));
}

TEST_CASE("stylesheet: unterminated constructs cost linear time", "[transform][css]") {
    for (const char* unit : {"url(", "\"", "/*", "@font-face{", "{", "@import ", "a{b:url(x)"}) {
        std::string s;
        while (s.size() < 200000)
            s += unit;
        Diagnostics d;
        const auto start = std::chrono::steady_clock::now();
        const std::string out = check_stylesheet(s, "s.css", d);
        const auto took = std::chrono::steady_clock::now() - start;
        INFO(unit);
        CHECK(out.size() <= s.size());
        CHECK(took < std::chrono::seconds(2)); // quadratic scanning takes minutes here
    }
}

TEST_CASE("stylesheet: escapes are read as CSS reads them", "[transform][css]") {
    // "@\69mport" is @import and "u\72l(" is url( to a browser: escapes are
    // resolved before keywords are compared.
    Diagnostics d;
    const std::string css = "@\\69mport 'x.css';\n"
                            "p { background: u\\72l(javascript:alert(1)); color: red }\n"
                            "q { background: \\75 RL(x.png) }\n"
                            "\\40 font-face { src: local(x) }\n"
                            "s { background-image: -webkit-image-set('https://example.org/a.png' 1x) }\n"
                            "t { content: '\\75rl(kept)' }\n";
    const std::string out = check_stylesheet(css, "s.css", d);
    CHECK(out == "\np { color: red }\nq {}\n\ns {}\nt { content: '\\75rl(kept)' }\n");
    CHECK(d.all().size() == 5);
}

TEST_CASE("stylesheet: what is kept on either side of a cut never joins into a keyword",
          "[transform][css]") {
    Diagnostics d;
    for (const char* css : {"ur@import x;l(y)", "ur@charset 'a';l(y)", "ur@font-face{}l(y)",
                            "a{x:u}@import y;rl(z)"}) {
        INFO(css);
        const std::string out = check_stylesheet(css, "s.css", d);
        CHECK(out.find("url(") == std::string::npos);
        CHECK(out.find("@") == std::string::npos);
    }
}
