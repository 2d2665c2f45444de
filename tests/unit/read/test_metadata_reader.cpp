#include "read/metadata/metadata_reader.hpp"

#include <catch2/catch.hpp>

using namespace galley;

TEST_CASE("pandoc metadata keys are read", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata(R"(
title:
  - type: main
    text: My Book
  - type: subtitle
    text: An Investigation
creator:
  - role: author
    text: John Smith
    file-as: Smith, John
  - Jane Doe
identifier:
  - scheme: DOI
    text: doi:10.234234.234/33
publisher: My Press
rights: (c) 2007 John Smith, CC BY-NC
lang: en-GB
date: 2020-08-05
subject: [Iran, Human rights]
)",
                        "book.yaml", m, d);
    CHECK(m.title == "My Book");
    CHECK(m.subtitle == "An Investigation");
    REQUIRE(m.authors.size() == 2);
    CHECK(m.authors[0].name == "John Smith");
    CHECK(m.authors[0].file_as == "Smith, John");
    CHECK(m.authors[1].name == "Jane Doe");
    CHECK(m.identifier == "doi:10.234234.234/33");
    CHECK(m.publisher == "My Press");
    CHECK(m.lang == "en-GB");
    CHECK(m.date == "2020-08-05");
    CHECK(m.subjects == std::vector<std::string>{"Iran", "Human rights"});
    CHECK(d.all().empty());
}

TEST_CASE("unknown keys warn with file and line", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata("title: X\n\nfavourite-colour: blue\n", "book.yaml", m, d);
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() ==
          "book.yaml:3: warning: unknown metadata key 'favourite-colour' ignored");
    CHECK(m.title == "X");
}

TEST_CASE("malformed YAML is an error naming file and line", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    try {
        read::read_metadata("title: ok\nlang: [unclosed\n", "book.yaml", m, d);
        FAIL("expected an error");
    } catch (const model::Error& e) {
        CHECK(std::string(e.what()).rfind("book.yaml:", 0) == 0);
        CHECK(std::string(e.what()).find("error: invalid YAML") != std::string::npos);
    }
    CHECK_THROWS_AS(read::read_metadata("- a list\n", "book.yaml", m, d), model::Error);
    CHECK_THROWS_WITH(read::read_metadata("title: {a: b}\n", "book.yaml", m, d),
                      "book.yaml:1: error: 'title' must be text");
}

TEST_CASE("metadata overrides are plain text; repeated list keys make lists", "[read][metadata]") {
    model::Metadata m;
    m.title = "Old";
    m.authors = {{"From file", "", ""}};
    read::apply_metadata_overrides(
        {"title=New: a [title]", "date=2020-01-01", "author=A", "author=B", "lang=fr", "lang=de"},
        m);
    CHECK(m.title == "New: a [title]");
    CHECK(m.date == "2020-01-01");
    REQUIRE(m.authors.size() == 2);
    CHECK(m.authors[0].name == "A");
    CHECK(m.authors[1].name == "B");
    CHECK(m.lang == "de");
    CHECK_THROWS_WITH(read::apply_metadata_overrides({"nonsense=1"}, m),
                      "-M nonsense: unknown metadata key 'nonsense'");
    CHECK_THROWS_WITH(read::apply_metadata_overrides({"=x"}, m), "-M =x: missing key before '='");
}

TEST_CASE("pandoc's EPUB example from its manual is accepted", "[read][metadata]") {
    // pandoc manual, "EPUB Metadata" (the document end marker included).
    model::Metadata m;
    model::Diagnostics d;
    std::vector<model::Credit> credits;
    read::read_metadata(R"(---
title:
- type: main
  text: My Book
- type: subtitle
  text: An investigation of metadata
creator:
- role: author
  text: John Smith
- role: editor
  text: Sarah Jones
identifier:
- scheme: DOI
  text: doi:10.234234.234/33
publisher:  My Press
rights: © 2007 John Smith, CC BY-NC
ibooks:
  version: 1.3.4
...
)",
                        "pandoc.yaml", m, &credits, d);
    CHECK(m.title == "My Book");
    CHECK(m.subtitle == "An investigation of metadata");
    REQUIRE(m.authors.size() == 2);
    CHECK(m.authors[0].role == "aut");
    CHECK(m.authors[1].name == "Sarah Jones");
    CHECK(m.authors[1].role == "edt");
    CHECK(m.identifier == "doi:10.234234.234/33");
    CHECK(m.identifier_scheme == "DOI");
    CHECK(m.rights == "© 2007 John Smith, CC BY-NC");
    CHECK(d.warning_count() == 0); // `ibooks` is a note, not a warning
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() == "pandoc.yaml:17: note: 'ibooks' options are not used");
}

TEST_CASE("the rest of pandoc's EPUB keys and galley's own", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata(R"(
contributor:
  - role: Translator
    text: Tran Slator
    file-as: Slator, Tran
  - Anon Helper
belongs-to-collection: Galley test books
group-position: 2
cover-image: images/cover.jpg
css: [a.css, b.css]
page-progression-direction: RTL
page-size: A5
handout-footer: "Free to copy · example.org"
)",
                        "book.yaml", m, d);
    REQUIRE(m.contributors.size() == 2);
    CHECK(m.contributors[0].role == "trl");
    CHECK(m.contributors[0].file_as == "Slator, Tran");
    CHECK(m.contributors[1].name == "Anon Helper");
    CHECK(m.contributors[1].role.empty());
    CHECK(m.collection == "Galley test books");
    CHECK(m.group_position == "2");
    CHECK(m.cover_image == "images/cover.jpg");
    CHECK(m.cover_image_pos == model::SourcePos{"book.yaml", 9});
    CHECK(m.stylesheets == std::vector<std::string>{"a.css", "b.css"});
    CHECK(m.page_progression_direction == "rtl");
    CHECK(m.page_size == "A5");
    CHECK(m.handout_footer == "Free to copy \u00B7 example.org");
    CHECK(d.all().empty());
}

TEST_CASE("roles: MARC relator terms and codes; unknown ones warn", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata(R"(creator:
  - {text: A, role: author}
  - {text: B, role: ILLUSTRATOR}
  - {text: C, role: pht}
  - {text: D, role: xyz}
  - {text: E, role: chief bottle washer}
page-progression-direction: sideways
)",
                        "book.yaml", m, d);
    REQUIRE(m.authors.size() == 5);
    CHECK(m.authors[0].role == "aut");
    CHECK(m.authors[1].role == "ill");
    CHECK(m.authors[2].role == "pht");
    CHECK(m.authors[3].role == "xyz"); // a code we do not list is kept
    CHECK(m.authors[4].role.empty());
    CHECK(m.page_progression_direction.empty());
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].format().rfind("book.yaml:6: warning: unknown role 'chief bottle washer'",
                                    0) == 0);
    CHECK(d.all()[1].format().rfind("book.yaml:7: warning: page-progression-direction", 0) == 0);
}

TEST_CASE("credits: records, licences recognised, positions kept", "[read][metadata][credits]") {
    model::Metadata m;
    model::Diagnostics d;
    std::vector<model::Credit> credits;
    read::read_metadata(R"(title: T
credits:
  - image: pics/memorial.jpg
    title: Memorial
    creator: Philafrenzy
    creator-url: https://commons.wikimedia.org/wiki/User:Philafrenzy
    source: Wikimedia Commons
    source-url: https://commons.wikimedia.org/wiki/File:Memorial.jpg
    licence: Wikimedia CommonsCC BY-SA 4.0
  - subject: cover
    creator: Cora
    license-url: https://creativecommons.org/licenses/by/2.0/deed.en
  - subject: map
    licence: used with the owner's permission
  - Photo by Jane Doe, CC0
  - image: x.png
    colour: blue
)",
                        "book.yaml", m, &credits, d);
    REQUIRE(credits.size() == 5);
    const model::Credit& c = credits[0];
    CHECK(c.subject == "pics/memorial.jpg");
    CHECK(c.title == "Memorial");
    CHECK(c.creator == "Philafrenzy");
    CHECK(c.creator_url == "https://commons.wikimedia.org/wiki/User:Philafrenzy");
    CHECK(c.source == "Wikimedia Commons");
    CHECK(c.source_url == "https://commons.wikimedia.org/wiki/File:Memorial.jpg");
    CHECK(c.licence == model::Licence{"CC BY-SA 4.0", "CC-BY-SA-4.0",
                                      "https://creativecommons.org/licenses/by-sa/4.0/"});
    CHECK(c.pos == model::SourcePos{"book.yaml", 3});
    CHECK(credits[1].subject == "cover");
    CHECK(credits[1].licence.name == "CC BY 2.0");
    CHECK(credits[1].licence.url == "https://creativecommons.org/licenses/by/2.0/");
    // Licence text we cannot recognise is kept as written, without a link.
    CHECK(credits[2].licence == model::Licence{"used with the owner's permission", "", ""});
    CHECK(credits[3].raw == "Photo by Jane Doe, CC0");
    CHECK(credits[3].licence.spdx == "CC0-1.0");
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].format() == "book.yaml:17: warning: unknown key 'colour' in a credit ignored");
    CHECK(m.title == "T");

    // Without a place for credits (the plain overload, -M) the key warns.
    model::Diagnostics d2;
    read::read_metadata("credits:\n  - creator: X\n", "book.yaml", m, d2);
    REQUIRE(d2.all().size() == 1);
    CHECK(d2.all()[0].format() == "book.yaml:1: warning: 'credits' cannot be given here; ignored");
    CHECK_THROWS_WITH(
        read::read_metadata("credits:\n  - creator: [a, b]\n", "book.yaml", m, &credits, d2),
        "book.yaml:2: error: 'creator' must be text");
}

TEST_CASE("overrides for the new keys", "[read][metadata]") {
    model::Metadata m;
    read::apply_metadata_overrides({"cover-image=pics/c.png", "contributor=A", "contributor=B",
                                    "page-progression-direction=rtl", "belongs-to-collection=S",
                                    "group-position=3"},
                                   m);
    CHECK(m.cover_image == "pics/c.png");
    REQUIRE(m.contributors.size() == 2);
    CHECK(m.contributors[1].name == "B");
    CHECK(m.page_progression_direction == "rtl");
    CHECK(m.collection == "S");
    CHECK(m.group_position == "3");
    CHECK_THROWS_WITH(read::apply_metadata_overrides({"credits=x"}, m),
                      "-M credits: credits are records; give them in the metadata file");
    CHECK_THROWS_WITH(read::apply_metadata_overrides({"page-progression-direction=up"}, m),
                      "-M page-progression-direction: page-progression-direction must be 'ltr' "
                      "or 'rtl'; 'up' ignored");
}

TEST_CASE("title types other than main and subtitle do not replace the title", "[read][metadata]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata(R"(title:
  - {type: main, text: The Book}
  - {type: collection, text: The Series}
  - {type: short, text: Book}
)",
                        "book.yaml", m, d);
    CHECK(m.title == "The Book");
    CHECK(d.warning_count() == 0);
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].format() == "book.yaml:3: note: title of type 'collection' not used");
}
