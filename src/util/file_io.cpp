#include "util/file_io.hpp"

#include "model/diagnostic.hpp"
#include "util/cleanup.hpp"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley::util {

namespace fs = std::filesystem;
using model::Error;

namespace {

// "32 MiB", "512 KiB" or "100 bytes".
std::string size_text(std::uintmax_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace

bool is_inside(const fs::path& path, const fs::path& dir) {
    std::error_code ec, ec_dir;
    const fs::path real = fs::weakly_canonical(path, ec);
    const fs::path real_dir = fs::weakly_canonical(dir.empty() ? fs::path(".") : dir, ec_dir);
    if (ec || ec_dir) return false;
    const fs::path rel = real.lexically_relative(real_dir);
    return !rel.empty() && *rel.begin() != "..";
}

std::string read_file(const fs::path& path, std::uintmax_t max_bytes) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused
    // below like every file that is not a regular file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw Error(path.string() + ": cannot open: " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        throw Error(path.string() + ": cannot open: " + reason);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(path.string() + (S_ISDIR(st.st_mode) ? ": is a directory"
                                                          : ": not a regular file (a device, "
                                                            "FIFO or socket); refused"));
    }
    const auto too_large = [&] {
        ::close(fd);
        return Error(path.string() + ": file is larger than " + size_text(max_bytes) +
                     " (the limit for this kind of file)");
    };
    if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) throw too_large();
    std::string data;
    char buf[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string reason = std::strerror(errno);
            ::close(fd);
            throw Error(path.string() + ": read error: " + reason);
        }
        if (n == 0) break;
        data.append(buf, static_cast<std::size_t>(n));
        // The size may grow while reading (or /proc files report 0).
        if (data.size() > max_bytes) throw too_large();
    }
    ::close(fd);
    return data;
}

namespace {

// Writes all of `bytes` to `fd`; false (errno set) on failure.
bool write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(w);
    }
    return true;
}

// Unnamed files stay open until committed: keep well below the descriptor
// limit (a book's handouts may be many outputs).
std::atomic<int> unnamed_open{0};
constexpr int max_unnamed_open = 64;

} // namespace

StagedFile::StagedFile(const fs::path& path, std::string_view bytes) : path_(path) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(path.string() + ": cannot create directory " + dir.string() + ": " +
                    ec.message());

#ifdef O_TMPFILE
    if (unnamed_open.fetch_add(1) < max_unnamed_open) {
        const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
        if (fd >= 0) {
            if (!write_all(fd, bytes) || ::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
                const std::string reason = std::strerror(errno);
                ::close(fd);
                unnamed_open.fetch_sub(1);
                throw Error(path.string() + ": cannot write: " + reason);
            }
            fd_ = fd;
            return;
        }
    }
    unnamed_open.fetch_sub(1); // not supported here (or too many open): a named file
#endif

    // Built piecewise: GCC 12 warns falsely (-Wrestrict) on `"." + s + ".."` at -O3.
    std::string name = ".";
    name += path.filename().string();
    name += ".XXXXXX";
    std::string tmpl = (dir / name).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        throw Error(path.string() + ": cannot create temporary file: " + std::strerror(errno));
    cleanup::remember(tmpl);
    // The destructor does not run for a constructor that throws: clean here.
    auto fail = [&](const char* what, bool open = true) {
        const std::string reason = std::strerror(errno);
        if (open) ::close(fd);
        ::unlink(tmpl.c_str());
        cleanup::forget(tmpl);
        throw Error(path.string() + ": " + what + ": " + reason);
    };
    if (!write_all(fd, bytes)) fail("cannot write");
    if (::fchmod(fd, 0644) != 0) fail("cannot set permissions");
    if (::fsync(fd) != 0) fail("cannot flush");
    if (::close(fd) != 0) fail("cannot close", false);
    temp_ = tmpl;
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), fd_(other.fd_) {
    other.temp_.clear();
    other.fd_ = -1;
}

StagedFile::~StagedFile() {
    if (fd_ >= 0) {
        ::close(fd_); // an unnamed file vanishes with its descriptor
        unnamed_open.fetch_sub(1);
    }
    if (temp_.empty()) return;
    ::unlink(temp_.c_str());
    cleanup::forget(temp_);
}

void StagedFile::commit() {
    if (fd_ >= 0) {
        // Give the unnamed file a hidden name beside the target, then rename
        // it over the target: the name exists only between the two calls.
        static std::atomic<unsigned> counter{0};
        const fs::path dir = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
        std::string name = ".";
        name += path_.filename().string();
        name += "." + std::to_string(::getpid()) + "." + std::to_string(counter.fetch_add(1));
        const std::string named = (dir / name).string();
        const std::string proc = "/proc/self/fd/" + std::to_string(fd_);
        cleanup::remember(named);
        if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, named.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            const std::string reason = std::strerror(errno);
            cleanup::forget(named);
            throw Error(path_.string() + ": cannot write: " + reason);
        }
        ::close(fd_);
        fd_ = -1;
        unnamed_open.fetch_sub(1);
        temp_ = named; // renamed below, or removed by the destructor
    }
    if (std::rename(temp_.c_str(), path_.c_str()) != 0)
        throw Error(path_.string() + ": cannot rename into place: " + std::strerror(errno));
    cleanup::forget(temp_);
    temp_.clear();
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    StagedFile(path, bytes).commit();
}

} // namespace galley::util
