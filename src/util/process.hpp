#pragma once
// Running an external program (WeasyPrint for PDF output). Used by the
// pipeline only; writers never start processes.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::util {

// The first executable file called `name` in the directories of $PATH.
std::optional<std::filesystem::path> find_program(std::string_view name);

// Runs `argv` (argv[0] a path) without a shell and waits for it; its standard
// output and error are galley's. Returns its exit status (128 + signal when
// killed). Throws model::Error when it cannot be started.
int run_process(const std::vector<std::string>& argv);

// A new, empty, private directory under the system's temporary directory,
// removed with everything in it when the object goes (or galley is
// interrupted: see util/cleanup.hpp).
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    // The path of file `name` in the directory, removed with it, and on
    // SIGINT/SIGTERM too.
    std::filesystem::path file(const std::string& name);

  private:
    std::filesystem::path path_;
    std::vector<std::string> files_;
};

} // namespace galley::util
