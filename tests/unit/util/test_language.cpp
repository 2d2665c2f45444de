#include "util/language.hpp"

#include <catch2/catch.hpp>

using namespace galley::util;

TEST_CASE("right-to-left languages by language and script subtag", "[util][language]") {
    for (const char* rtl :
         {"fa", "ar", "he", "ur", "FA-ir", "ar-EG", "AR_EG", "az-Arab", "yi", "ckb", "pa-Arab-PK", "ps"})
        CHECK(is_rtl_language(rtl));
    for (const char* ltr : {"en", "en-GB", "", "fr", "fr-FR", "de", "fa-Latn", "sr-Cyrl", "far", "f", "de-1996",
                            "zh-Hant", "-", "ar-Latn-EG"})
        CHECK_FALSE(is_rtl_language(ltr));
    CHECK(std::string(text_direction("he")) == "rtl");
    CHECK(std::string(text_direction("en")) == "ltr");
}

TEST_CASE("language tags compare without case", "[util][language]") {
    CHECK(same_language("en-GB", "EN-gb"));
    CHECK_FALSE(same_language("en", "en-GB"));
    CHECK_FALSE(same_language("fa", "en"));
}
