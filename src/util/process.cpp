#include "util/process.hpp"

#include "util/cleanup.hpp"

#include "model/diagnostic.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace galley::util {

namespace fs = std::filesystem;

std::optional<fs::path> find_program(std::string_view name) {
    const char* path = std::getenv("PATH");
    if (!path || name.empty()) return std::nullopt;
    std::string_view dirs(path);
    while (true) {
        const std::size_t colon = dirs.find(':');
        const std::string_view dir = dirs.substr(0, colon);
        if (!dir.empty()) {
            const fs::path candidate = fs::path(dir) / name;
            struct stat st {};
            if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
                ::access(candidate.c_str(), X_OK) == 0)
                return candidate;
        }
        if (colon == std::string_view::npos) break;
        dirs.remove_prefix(colon + 1);
    }
    return std::nullopt;
}

int run_process(const std::vector<std::string>& argv) {
    if (argv.empty()) throw model::Error("run_process: no program given");
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ);
    if (rc != 0) throw model::Error("cannot run " + argv[0] + ": " + std::strerror(rc));
    cleanup::set_child(pid); // killed if galley is interrupted
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            cleanup::set_child(0);
            throw model::Error("cannot wait for " + argv[0] + ": " + std::strerror(errno));
        }
    }
    cleanup::set_child(0);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

TempDir::TempDir() {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    if (ec) throw model::Error("cannot find the temporary directory: " + ec.message());
    std::string templ = (base / "galley-XXXXXX").string();
    if (!::mkdtemp(templ.data()))
        throw model::Error("cannot create a temporary directory: " +
                           std::string(std::strerror(errno)));
    path_ = templ;
    cleanup::remember(templ);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
    for (const std::string& f : files_)
        cleanup::forget(f);
    cleanup::forget(path_.string());
}

fs::path TempDir::file(const std::string& name) {
    const fs::path p = path_ / name;
    files_.push_back(p.string());
    cleanup::remember(p.string());
    return p;
}

} // namespace galley::util
