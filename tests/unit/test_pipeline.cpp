#include "pipeline/images.hpp"
#include "pipeline/pipeline.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace galley;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("galley-test-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
    }
};
} // namespace

TEST_CASE("directories expand to .txt/.md files in name order", "[pipeline]") {
    TempDir dir;
    dir.write("b.md", "# B\n");
    dir.write("a.txt", "A\n");
    dir.write("c.TXT", "C\n");
    dir.write("notes.pdf", "x");
    const auto inputs = collect_inputs({dir.path.string()});
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].path.filename() == "a.txt");
    CHECK(inputs[1].path.filename() == "b.md");
    CHECK(inputs[1].format == Input::Format::Markdown);
    CHECK(inputs[2].path.filename() == "c.TXT");
}

TEST_CASE("missing and unsupported inputs are errors naming the path", "[pipeline]") {
    CHECK_THROWS_WITH(collect_inputs({"/no/such/file"}),
                      "/no/such/file: no such file or directory");
    TempDir dir;
    dir.write("x.pdf", "x");
    CHECK_THROWS_WITH(collect_inputs({(dir.path / "x.pdf").string()}),
                      (dir.path / "x.pdf").string() +
                          ": unsupported input type (expected .txt, .md or .html)");
    TempDir empty;
    CHECK_THROWS_WITH(collect_inputs({empty.path.string()}),
                      empty.path.string() + ": no .txt, .md or .html files in this directory");
}

TEST_CASE("build_book reads metadata from book.yaml beside the inputs", "[pipeline]") {
    TempDir dir;
    dir.write("book.yaml", "title: The Book\nlang: fr\ndate: 2020-08-05\nodd: 1\n");
    dir.write("01.txt", "First\n\nBody one.\n");
    dir.write("02.md", "# Second\n\nBody two.\n");
    Options options;
    options.inputs = {dir.path.string()};
    options.metadata_overrides = {"publisher=Press"};
    model::Diagnostics diags;
    const model::Book book = build_book(options, diags);
    CHECK(book.meta.title == "The Book");
    CHECK(book.meta.lang == "fr");
    CHECK(book.meta.publisher == "Press");
    CHECK(book.meta.identifier.rfind("urn:uuid:", 0) == 0);
    REQUIRE(book.articles.size() == 2);
    CHECK(book.articles[0].title == "First");
    CHECK(book.articles[1].title == "Second");
    CHECK(book.articles[1].id == "ch002");
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].format() ==
          (dir.path / "book.yaml").string() + ":4: warning: unknown metadata key 'odd' ignored");
    if (!std::getenv("SOURCE_DATE_EPOCH")) CHECK(book.modified_epoch == 1596585600);
}

TEST_CASE("an unsupported output is refused before anything is written", "[pipeline]") {
    TempDir dir;
    dir.write("a.txt", "A\n\nBody.\n");
    Options options;
    options.inputs = {dir.path.string()};
    options.outputs = {(dir.path / "x.epub").string(), (dir.path / "x.docx").string()};
    model::Diagnostics diags;
    const model::Book book = build_book(options, diags);
    CHECK_THROWS_AS(write_outputs(book, options), UsageError);
    CHECK_FALSE(fs::exists(dir.path / "x.epub"));
}

TEST_CASE("image budget: --max-image-size reads bytes, KB, MB and GB") {
    using galley::pipeline::parse_byte_size;
    CHECK(parse_byte_size("2000000") == 2000000u);
    CHECK(parse_byte_size("0") == 0u);
    CHECK(parse_byte_size("500KB") == 500u * 1024);
    CHECK(parse_byte_size("2MB") == 2u << 20);
    CHECK(parse_byte_size("2 mib") == 2u << 20);
    CHECK(parse_byte_size("1.5M") == 3u << 19);
    CHECK(parse_byte_size("1GB") == 1u << 30);
    CHECK_FALSE(parse_byte_size(""));
    CHECK_FALSE(parse_byte_size("MB"));
    CHECK_FALSE(parse_byte_size("2 furlongs"));
    CHECK_FALSE(parse_byte_size("-2MB"));
    CHECK_FALSE(parse_byte_size("1.2.3"));
    CHECK(galley::pipeline::format_byte_size(2u << 20) == "2 MB");
    CHECK(galley::pipeline::format_byte_size(13841203) == "13.2 MB");
    CHECK(galley::pipeline::format_byte_size(500 * 1024) == "500 KB");
}
