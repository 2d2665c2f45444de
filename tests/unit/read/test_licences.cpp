#include "read/licences.hpp"

#include <catch2/catch.hpp>

using galley::read::find_licence;
using galley::read::recognise_licence;

TEST_CASE("Creative Commons short forms in the wild", "[read][licences]") {
    struct Case {
        const char* text;
        const char* name;
        const char* spdx;
        const char* url;
    };
    const Case cases[] = {
        {"CC BY-SA 4.0", "CC BY-SA 4.0", "CC-BY-SA-4.0",
         "https://creativecommons.org/licenses/by-sa/4.0/"},
        {"Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.", "CC BY-SA 4.0", "CC-BY-SA-4.0",
         "https://creativecommons.org/licenses/by-sa/4.0/"},
        {"cc-by-nc-nd 3.0", "CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0",
         "https://creativecommons.org/licenses/by-nc-nd/3.0/"},
        {"CC BY 2.5", "CC BY 2.5", "CC-BY-2.5", "https://creativecommons.org/licenses/by/2.5/"},
        {"CC BY NC SA 2.0", "CC BY-NC-SA 2.0", "CC-BY-NC-SA-2.0",
         "https://creativecommons.org/licenses/by-nc-sa/2.0/"},
        {"licensed BY-ND 1.0", "CC BY-ND 1.0", "CC-BY-ND-1.0",
         "https://creativecommons.org/licenses/by-nd/1.0/"},
        {"(CC BY-NC 4)", "CC BY-NC 4.0", "CC-BY-NC-4.0",
         "https://creativecommons.org/licenses/by-nc/4.0/"},
        {"Creative Commons Attribution-ShareAlike 3.0 Unported", "CC BY-SA 3.0", "CC-BY-SA-3.0",
         "https://creativecommons.org/licenses/by-sa/3.0/"},
        {"Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License",
         "CC BY-NC-ND 4.0", "CC-BY-NC-ND-4.0",
         "https://creativecommons.org/licenses/by-nc-nd/4.0/"},
        {"CC0", "CC0 1.0", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"},
        {"Public domain, via Wikimedia Commons", "Public Domain Mark 1.0", "",
         "https://creativecommons.org/publicdomain/mark/1.0/"},
        {"GFDL", "GNU Free Documentation License 1.3", "GFDL-1.3-or-later",
         "https://www.gnu.org/licenses/fdl-1.3.html"},
        {"© Jane Doe 2020", "All rights reserved", "", ""},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto l = recognise_licence(c.text);
        CHECK(l.name == c.name);
        CHECK(l.spdx == c.spdx);
        CHECK(l.url == c.url);
    }
}

TEST_CASE("no licence in prose", "[read][licences]") {
    for (const char* text :
         {"Photo by Jane Doe", "written by the committee", "Wikimedia Commons", ""}) {
        INFO(text);
        CHECK_FALSE(find_licence(text).has_value());
        CHECK(recognise_licence(text).name == "unknown");
    }
}

TEST_CASE("the match says where the licence text is", "[read][licences]") {
    const std::string text = "Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.";
    const auto m = find_licence(text);
    REQUIRE(m);
    CHECK(text.substr(m->begin, m->end - m->begin) == "CC BY-SA 4.0");
}

TEST_CASE("every CC BY-family licence in every version, spelled many ways", "[read][licences]") {
    const char* versions[] = {"1.0", "2.0", "2.5", "3.0", "4.0"};
    const char* codes[] = {"BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND"};
    for (const char* code : codes) {
        std::string lower = code;
        for (char& ch : lower)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        for (const char* v : versions) {
            const std::string name = std::string("CC ") + code + " " + v;
            const std::string url = "https://creativecommons.org/licenses/" + lower + "/" + v + "/";
            std::string spaced = code;
            for (char& ch : spaced)
                if (ch == '-') ch = ' ';
            for (const std::string& text :
                 {name, "CC-" + std::string(code) + "-" + v, "cc " + lower + " " + v,
                  "Source: SomewhereCC " + std::string(code) + " " + v + ".",
                  std::string(code) + " " + v, "CC " + spaced + " " + v}) {
                INFO(text);
                const auto l = recognise_licence(text);
                CHECK(l.name == name);
                CHECK(l.url == url);
                CHECK(l.spdx == "CC-" + std::string(code) + "-" + v);
            }
        }
    }
}

TEST_CASE("licence deeds are recognised from their URL", "[read][licences]") {
    using galley::read::licence_from_url;
    CHECK(licence_from_url("https://creativecommons.org/licenses/by-sa/4.0/").name ==
          "CC BY-SA 4.0");
    CHECK(licence_from_url("http://creativecommons.org/licenses/by-nc-nd/3.0/deed.en").spdx ==
          "CC-BY-NC-ND-3.0");
    CHECK(licence_from_url("creativecommons.org/licenses/by/2.5").url ==
          "https://creativecommons.org/licenses/by/2.5/");
    CHECK(licence_from_url("https://creativecommons.org/publicdomain/zero/1.0/").name == "CC0 1.0");
    CHECK(licence_from_url("https://creativecommons.org/publicdomain/mark/1.0/").name ==
          "Public Domain Mark 1.0");
    CHECK(licence_from_url("https://www.gnu.org/licenses/fdl-1.3.html").spdx ==
          "GFDL-1.3-or-later");
    CHECK(licence_from_url("https://creativecommons.org/licenses/by-sa-nd/4.0/").empty());
    CHECK(licence_from_url("https://creativecommons.org/licenses/by/9.0/").empty());
    CHECK(licence_from_url("https://example.org/licence").empty());
}

TEST_CASE("public domain, all rights reserved and unknown", "[read][licences]") {
    CHECK(recognise_licence("Public Domain Mark 1.0").name == "Public Domain Mark 1.0");
    CHECK(recognise_licence("This image is in the public domain").name == "Public Domain Mark 1.0");
    CHECK(recognise_licence("All rights reserved").name == "All rights reserved");
    CHECK(recognise_licence("GNU Free Documentation License").spdx == "GFDL-1.3-or-later");
    CHECK(recognise_licence("CC0 1.0 Universal").url ==
          "https://creativecommons.org/publicdomain/zero/1.0/");
    CHECK(recognise_licence("used with permission").name == "unknown");
    // Bounded work on long input: a megabyte of text without a licence.
    CHECK(recognise_licence(std::string(1 << 16, 'x')).name == "unknown");
}

TEST_CASE("long input: no stack exhaustion, matches across window edges", "[read][licences]") {
    // Long runs inside what the patterns repeat used to overflow std::regex's stack.
    CHECK(recognise_licence("CC" + std::string(200000, ' ') + "BY").name == "unknown");
    CHECK(recognise_licence(std::string(200000, '-')).name == "unknown");
    CHECK(recognise_licence("Creative Commons Attribution" + std::string(100000, '-')).name ==
          "CC BY 4.0");
    // A licence anywhere in a long text is found whole, wherever the
    // internal windows fall.
    for (std::size_t pad : {0u, 370u, 380u, 383u, 384u, 500u, 510u, 1000u, 5000u}) {
        const std::string text = std::string(pad, 'x') + " photo CC BY-NC-ND 2.5 by someone";
        INFO(pad);
        const auto m = find_licence(text);
        REQUIRE(m);
        CHECK(m->licence.name == "CC BY-NC-ND 2.5");
        CHECK(text.substr(m->begin, m->end - m->begin) == "CC BY-NC-ND 2.5");
    }
    // "All rights reserved" yields to a real licence later in the text.
    CHECK(recognise_licence("\u00A9 Jane" + std::string(2000, ' ') + "CC BY 3.0").name ==
          "CC BY 3.0");
}
