#include "model/diagnostic.hpp"
#include "util/process.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;
using namespace galley;

TEST_CASE("find_program looks in PATH", "[util][process]") {
    const auto sh = util::find_program("sh");
    REQUIRE(sh);
    CHECK(sh->filename() == "sh");
    CHECK_FALSE(util::find_program("galley-no-such-program-xyz"));
    CHECK_FALSE(util::find_program(""));
}

TEST_CASE("run_process returns the exit status and runs without a shell", "[util][process]") {
    const std::string sh = util::find_program("sh")->string();
    CHECK(util::run_process({sh, "-c", "exit 0"}) == 0);
    CHECK(util::run_process({sh, "-c", "exit 3"}) == 3);
    CHECK(util::run_process({sh, "-c", "kill -9 $$"}) == 128 + 9);
    // Arguments are passed as they are, not through a shell.
    util::TempDir dir;
    const fs::path file = dir.path() / "a b; rm -rf x";
    CHECK(util::run_process({sh, "-c", "printf ok > \"$1\"", "sh", file.string()}) == 0);
    CHECK(fs::exists(file));
    CHECK_THROWS_AS(util::run_process({"/no/such/program"}), model::Error);
}

TEST_CASE("TempDir is private and removed with its content", "[util][process]") {
    fs::path kept;
    {
        util::TempDir dir;
        kept = dir.path();
        CHECK(fs::is_directory(kept));
        CHECK(fs::is_empty(kept));
        std::ofstream(kept / "f") << "x";
        const auto perms = fs::status(kept).permissions();
        CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    }
    CHECK_FALSE(fs::exists(kept));
}
