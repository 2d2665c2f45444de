// book.yaml's per-file `files:` entries and front matter's lead-image credit.

#include "read/metadata/metadata_reader.hpp"
#include "transform/metadata.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace galley;

TEST_CASE("files: a mapping or a list of entries with source and url", "[read][metadata][files]") {
    model::Metadata m;
    model::Diagnostics d;
    read::read_metadata("title: T\nfiles:\n  01_water.txt:\n    source: The Valley Courier\n"
                        "    url: https://courier.example.org/water\n  news/02.md:\n"
                        "    publication: Newsroom\n",
                        "book.yaml", m, d);
    REQUIRE(m.files.size() == 2);
    CHECK(m.files[0].file == "01_water.txt");
    CHECK(m.files[0].source == "The Valley Courier");
    CHECK(m.files[0].url == "https://courier.example.org/water");
    CHECK(m.files[0].pos.line == 4);
    CHECK(m.files[1].file == "news/02.md");
    CHECK(m.files[1].source == "Newsroom");
    CHECK(d.warning_count() == 0);

    model::Metadata l;
    read::read_metadata("files:\n  - file: a.txt\n    url: https://a.example\n    colour: red\n",
                        "book.yaml", l, d);
    REQUIRE(l.files.size() == 1);
    CHECK(l.files[0].file == "a.txt");
    CHECK(l.files[0].url == "https://a.example");
    CHECK(d.warning_count() == 1); // colour

    model::Metadata bad;
    CHECK_THROWS_WITH(read::read_metadata("files: a.txt\n", "book.yaml", bad, d),
                      Catch::Contains("book.yaml:1: error: 'files' must map file names"));
    CHECK_THROWS_WITH(read::read_metadata("files:\n  - url: x\n", "book.yaml", bad, d),
                      Catch::Contains("names no file"));
}

TEST_CASE("files: entries set the articles' origin; unknown files warn", "[transform][files]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "galley-files-test";
    fs::create_directories(dir / "news");
    std::ofstream(dir / "a.txt") << "A\n";
    std::ofstream(dir / "news" / "b.md") << "# B\n";
    model::Metadata m;
    m.files = {{"a.txt", "The Valley Courier", "https://courier.example.org/a", {"book.yaml", 3}},
               {"news/b.md", "Newsroom", "", {"book.yaml", 6}},
               {"gone.txt", "X", "", {"book.yaml", 8}}};
    std::vector<model::Article> articles(2);
    articles[0].source.file = (dir / "a.txt").string();
    articles[1].source.file = (dir / "." / "news" / "b.md").string();
    articles[1].source_name = "From the file";
    model::Diagnostics d;
    transform::apply_file_metadata(m, (dir / "book.yaml").string(), articles, d);
    CHECK(articles[0].source_name == "The Valley Courier");
    CHECK(articles[0].url == "https://courier.example.org/a");
    CHECK(articles[1].source_name == "Newsroom");
    CHECK(articles[1].url.empty());
    REQUIRE(d.warning_count() == 1);
    bool named = false;
    for (const auto& x : d.all())
        named = named || x.format().find("book.yaml:8: warning: 'files': 'gone.txt' is not among "
                                         "the inputs") != std::string::npos;
    CHECK(named);
    fs::remove_all(dir);
}

TEST_CASE("front matter: the lead image's credit", "[read][metadata][credit]") {
    model::Diagnostics d;
    model::Article a;
    read::read_front_matter("image: well.jpg\nimage-credit: \"Photo: Jane Doe/Reuters, CC BY 4.0\"\n",
                            "a.md", 2, a, d);
    REQUIRE(a.credits.size() == 1);
    CHECK(a.credits[0].subject == "lead image");
    CHECK(a.credits[0].creator == "Jane Doe");
    CHECK(a.credits[0].source == "Reuters");
    CHECK(a.credits[0].licence.name == "CC BY 4.0");
    CHECK(a.credits[0].pos.line == 3);

    model::Article b;
    read::read_front_matter("image:\n  src: well.jpg\n  credit:\n    creator: Ann Lee\n"
                            "    licence: CC BY-SA 4.0\n",
                            "a.md", 2, b, d);
    REQUIRE(b.credits.size() == 1);
    CHECK(b.credits[0].subject == "lead image");
    CHECK(b.credits[0].creator == "Ann Lee");
    CHECK(b.lead_image.src == "well.jpg");

    model::Article c;
    read::read_front_matter("image: well.jpg\nimage-credit: Anna Lee\n", "a.md", 2, c, d);
    REQUIRE(c.credits.size() == 1);
    CHECK(c.credits[0].creator == "Anna Lee");
    CHECK(d.warning_count() == 0);
}
