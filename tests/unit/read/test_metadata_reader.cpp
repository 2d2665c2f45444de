#include "read/metadata_reader.hpp"

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
