#include "util/file_io.hpp"

#include "model/diagnostic.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley::util {

namespace fs = std::filesystem;
using model::Error;

std::string read_file(const fs::path& path, std::uintmax_t max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path.string() + ": is a directory");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw Error(path.string() + ": cannot open: " + std::strerror(errno));
    std::string data;
    char buf[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        data.append(buf, n);
        if (data.size() > max_bytes) {
            std::fclose(f);
            throw Error(path.string() + ": file is larger than " + std::to_string(max_bytes >> 20) +
                        " MiB");
        }
    }
    const bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) throw Error(path.string() + ": read error");
    return data;
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(path.string() + ": cannot create directory " + dir.string() + ": " +
                    ec.message());

    // Built piecewise: GCC 12 warns falsely (-Wrestrict) on `"." + s + ".."` at -O3.
    std::string name = ".";
    name += path.filename().string();
    name += ".XXXXXX";
    std::string tmpl = (dir / name).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0)
        throw Error(path.string() + ": cannot create temporary file: " + std::strerror(errno));
    auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw Error(path.string() + ": " + what + ": " + reason);
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        done += static_cast<std::size_t>(w);
    }
    if (::fchmod(fd, 0644) != 0) fail("cannot set permissions");
    if (::fsync(fd) != 0) fail("cannot flush");
    if (::close(fd) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw Error(path.string() + ": cannot close: " + reason);
    }
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw Error(path.string() + ": cannot rename into place: " + reason);
    }
}

} // namespace galley::util
