#pragma once
// Filesystem access: used by the pipeline only (readers and writers work on
// strings and sinks). Failures throw model::Error naming the path.

#include <filesystem>
#include <string>
#include <string_view>

namespace galley::util {

// Reads a whole file. Refuses files over `max_bytes` (untrusted input).
std::string read_file(const std::filesystem::path& path, std::uintmax_t max_bytes = 256u << 20);

// Writes `bytes` to `path` atomically: a temporary file in the same directory
// is written, flushed and renamed over `path`. On failure the temporary file
// is removed and `path` is left as it was. Creates missing parent directories.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

} // namespace galley::util
