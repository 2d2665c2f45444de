// Typography and strip patterns through build_book: every reader's articles
// are smartened, options reach the transform.

#include "pipeline/pipeline.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace galley;
namespace fs = std::filesystem;

namespace {
struct Dir {
    fs::path path;
    Dir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("galley-typo-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~Dir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
    }
};
} // namespace

TEST_CASE("build_book smartens text and Markdown articles in their language",
          "[pipeline][typography]") {
    Dir dir;
    dir.write("book.yaml", "title: \"Iran's book\"\nlang: de\nstrip: [\"Share this*\"]\n");
    dir.write("01.txt", "Iran's title\n\nEr sagte \"ja\" -- dann ging er.\n\nShare this article\n");
    dir.write("02.md", "# Markdown\n\nSie sagte \"nein\" und `\"code\"`.\n");
    Options options;
    options.inputs = {dir.path.string()};
    options.strip = {"nothing matches this"};
    options.dashes = "en";
    model::Diagnostics diags;
    const model::Book book = build_book(options, diags);
    CHECK(book.meta.title == "Iran\xE2\x80\x99s book");
    REQUIRE(book.articles.size() == 2);
    CHECK(book.articles[0].title == "Iran\xE2\x80\x99s title");
    REQUIRE(book.articles[0].blocks.size() == 1); // "Share this article" stripped
    CHECK(model::plain_text(book.articles[0].blocks[0].inlines) ==
          "Er sagte \xE2\x80\x9Eja\xE2\x80\x9C \xE2\x80\x93 dann ging er.");
    const std::string md = model::plain_text(book.articles[1].blocks.at(0).inlines);
    CHECK(md.find("\xE2\x80\x9Enein\xE2\x80\x9C") != std::string::npos);
    CHECK(md.find("\"code\"") != std::string::npos);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message.starts_with("stripped paragraph (strip pattern \"Share this*\")"));
}

TEST_CASE("a bad dash style is a usage error", "[pipeline][typography]") {
    Dir dir;
    dir.write("a.txt", "A\n\nBody.\n");
    Options options;
    options.inputs = {dir.path.string()};
    options.dashes = "long";
    model::Diagnostics diags;
    CHECK_THROWS_AS(build_book(options, diags), UsageError);
}

TEST_CASE("the inspect report names what was found, per file", "[pipeline][inspect]") {
    Dir dir;
    dir.write("a.txt", "Title\n\nIntro sentence here.\n\nA Section\n\nBody text follows.\n\n"
                       "1. one\n2. two\n\nPhoto: Jo Smith via Flickr\n");
    Options options;
    options.inputs = {(dir.path / "a.txt").string()};
    std::string report;
    CHECK(inspect(options, report) == 0);
    const std::string file = (dir.path / "a.txt").string();
    CHECK(report == file +
                        "\n"
                        "  format: plain text\n"
                        "  encoding: UTF-8\n"
                        "  paragraphs: blank-line separated\n"
                        "  title (line 1): Title\n"
                        "  heading 2 (line 5): A Section [short line before body text]\n"
                        "  list (line 9): ordered, 2 items, starting at 1\n"
                        "  credit (line 12, lead image): creator \"Jo Smith\" source \"Flickr\"\n"
                        "    raw: Photo: Jo Smith via Flickr\n"
                        "  body paragraphs: 2\n"
                        "  " +
                        file +
                        ":12: note: credit line moved to the article's credits: "
                        "\"Photo: Jo Smith via Flickr\"\n\n");
    CHECK_FALSE(fs::exists(dir.path / "out"));
}
