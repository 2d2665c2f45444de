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

TEST_CASE("language codes and names normalise to BCP 47 tags", "[util][language]") {
    CHECK(normalise_language("en_US") == "en-US");
    CHECK(normalise_language(" EN-us ") == "en-US");
    CHECK(normalise_language("zh_hant_tw") == "zh-Hant-TW");
    CHECK(normalise_language("de-1996") == "de-1996");
    CHECK(normalise_language("fa") == "fa");
    CHECK(normalise_language("Persian") == "fa");
    CHECK(normalise_language("farsi") == "fa");
    CHECK(normalise_language("\u0641\u0627\u0631\u0633\u06cc") == "fa"); // فارسی
    CHECK(normalise_language("english") == "en");
    CHECK(normalise_language("Fran\u00e7ais") == "fr");
    CHECK(is_rtl_language(*normalise_language("Persian")));
    for (const char* bad : {"", "  ", "Klingonese", "en--US", "-en", "en-", "1en", "e", "toolonglang",
                            "en US", "en-toolongsubtag"})
        CHECK_FALSE(normalise_language(bad).has_value());
}
