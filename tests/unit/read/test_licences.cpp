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
        {"CC BY-SA 4.0", "CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"},
        {"Philafrenzy via Wikimedia CommonsCC BY-SA 4.0.", "CC BY-SA 4.0", "CC-BY-SA-4.0",
         "https://creativecommons.org/licenses/by-sa/4.0/"},
        {"cc-by-nc-nd 3.0", "CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0", "https://creativecommons.org/licenses/by-nc-nd/3.0/"},
        {"CC BY 2.5", "CC BY 2.5", "CC-BY-2.5", "https://creativecommons.org/licenses/by/2.5/"},
        {"CC BY NC SA 2.0", "CC BY-NC-SA 2.0", "CC-BY-NC-SA-2.0", "https://creativecommons.org/licenses/by-nc-sa/2.0/"},
        {"licensed BY-ND 1.0", "CC BY-ND 1.0", "CC-BY-ND-1.0", "https://creativecommons.org/licenses/by-nd/1.0/"},
        {"(CC BY-NC 4)", "CC BY-NC 4.0", "CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/"},
        {"Creative Commons Attribution-ShareAlike 3.0 Unported", "CC BY-SA 3.0", "CC-BY-SA-3.0",
         "https://creativecommons.org/licenses/by-sa/3.0/"},
        {"Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License", "CC BY-NC-ND 4.0",
         "CC-BY-NC-ND-4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"},
        {"CC0", "CC0 1.0", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"},
        {"Public domain, via Wikimedia Commons", "Public Domain Mark 1.0", "",
         "https://creativecommons.org/publicdomain/mark/1.0/"},
        {"GFDL", "GNU Free Documentation License 1.3", "GFDL-1.3-or-later", "https://www.gnu.org/licenses/fdl-1.3.html"},
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
    for (const char* text : {"Photo by Jane Doe", "written by the committee", "Wikimedia Commons", ""}) {
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
