#pragma once
// Filesystem access: used by the pipeline only (readers and writers work on
// strings and sinks). Failures throw model::Error naming the path.

#include <filesystem>
#include <string>
#include <string_view>

namespace galley::util {

// True when `path`, links followed, lies inside the folder `dir` (links
// followed too); false when either cannot be resolved.
bool is_inside(const std::filesystem::path& path, const std::filesystem::path& dir);

// Reads a whole file. Refuses files over `max_bytes` (untrusted input).
std::string read_file(const std::filesystem::path& path, std::uintmax_t max_bytes = 256u << 20);

// A file written beside its target and renamed into place by commit(); until
// then `path` is untouched. Where the file system allows, the file has no
// name until commit() (O_TMPFILE), so even `kill -9` leaves nothing behind;
// otherwise it is a hidden ".name.XXXXXX", removed when the object goes
// uncommitted and on SIGINT/SIGTERM. Lets a run write every output first and
// rename them all at the end.
class StagedFile {
  public:
    // Writes and flushes the temporary file; creates missing parent
    // directories. Throws model::Error naming `path` (nothing left behind).
    StagedFile(const std::filesystem::path& path, std::string_view bytes);
    ~StagedFile();
    StagedFile(StagedFile&& other) noexcept;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    StagedFile& operator=(StagedFile&&) = delete;
    // Renames the temporary file over `path`. Throws model::Error.
    void commit();
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
    std::string temp_; // the named temporary file; empty once committed or moved from
    int fd_ = -1;      // the unnamed temporary file, open until commit()
};

// Writes `bytes` to `path` atomically: a temporary file in the same directory
// is written, flushed and renamed over `path`. On failure the temporary file
// is removed and `path` is left as it was. Creates missing parent directories.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

} // namespace galley::util
