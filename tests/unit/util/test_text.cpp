#include "util/text.hpp"

#include <catch2/catch.hpp>

using namespace galley::util;

TEST_CASE("slugify keeps words, joins apostrophes, never returns empty", "[util][text]") {
    CHECK(slugify("Iran's massacres of political prisoners continue today") ==
          "irans-massacres-of-political-prisoners-continue-today");
    CHECK(slugify("  Hello,   World!  ") == "hello-world");
    CHECK(slugify("Iran\xE2\x80\x99s") == "irans");
    CHECK(slugify("Caf\xC3\xA9 cr\xC3\xA8me") == "caf\xC3\xA9-cr\xC3\xA8me");
    CHECK(slugify("!!!") == "untitled");
    CHECK(slugify("") == "untitled");
    CHECK(slugify("one two three", 7) == "one-two");
}

TEST_CASE("trim removes ASCII space and no-break space", "[util][text]") {
    CHECK(trim("  a b \t") == "a b");
    CHECK(trim("\xC2\xA0 x\xC2\xA0") == "x");
    CHECK(trim("   ").empty());
}

TEST_CASE("split_lines keeps empty lines", "[util][text]") {
    const auto lines = split_lines("a\n\nb\n");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "a");
    CHECK(lines[1].empty());
    CHECK(lines[2] == "b");
    CHECK(lines[3].empty());
}

TEST_CASE("URL schemes: letters first, two characters at least", "[util][text]") {
    for (const char* url : {"https://x.org", "data:image/png;base64,AA", "javascript:alert(1)",
                            "mailto:a@b.org", "svn+ssh://h/r", "HTTP://X"})
        CHECK(has_url_scheme(url));
    for (const char* path : {"C:\\pics\\a.png", "c:/a.png", "pics/a.png", "a b:c", ":x", "1x:y",
                             "", "https", "./x:y"})
        CHECK_FALSE(has_url_scheme(path));
}

TEST_CASE("link targets: web and mail addresses with a well-formed host", "[util][text]") {
    using galley::util::is_link_target;
    CHECK(is_link_target("https://example.org/a[1]?q#f"));
    CHECK(is_link_target("HTTP://localhost:8080/"));
    CHECK(is_link_target("ftp://files.example.org"));
    CHECK(is_link_target("mailto:ann@example.org"));
    CHECK_FALSE(is_link_target("https://../"));
    CHECK_FALSE(is_link_target("https://foo.bar.%60baz"));
    CHECK_FALSE(is_link_target("https://"));
    CHECK_FALSE(is_link_target("https://a..b/"));
    CHECK_FALSE(is_link_target("https://host:80x/"));
    CHECK_FALSE(is_link_target("javascript:alert(1)"));
    CHECK_FALSE(is_link_target("/relative/path"));
    CHECK_FALSE(is_link_target("mailto:"));
}
