#pragma once
// Where the EPUB writer puts the package's files. The writer never touches
// the zip: tests use MemoryPackage, the command line a ZipSink.

#include "write/epub/package_path.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::write::epub {

// A file's contents made ready for the package by PackageSink::prepare: the
// bytes as they will be stored, raw or deflated.
struct PreparedEntry {
    std::string bytes;      // as stored: the file itself, or its raw deflate stream
    bool compress = false;  // what the writer asked for
    bool deflated = false;  // `bytes` is the deflate stream of `size` bytes with `crc32`
    std::uint32_t crc32 = 0;
    std::uint64_t size = 0;
};

class PackageSink {
  public:
    virtual ~PackageSink() = default;
    // Adds one file. Files are stored in the order added. `compress` false
    // stores the bytes as they are (required for `mimetype`).
    virtual void add(const PackagePath& path, std::string_view bytes, bool compress) = 0;

    // The expensive half of adding a file (compressing it), apart so that the
    // writer can run it on many threads at once: prepare must be safe to call
    // concurrently; add_prepared is called on one thread, in package order.
    // The defaults keep the bytes and add them.
    virtual PreparedEntry prepare(std::string bytes, bool compress) const {
        PreparedEntry e;
        e.bytes = std::move(bytes);
        e.compress = compress;
        return e;
    }
    virtual void add_prepared(const PackagePath& path, PreparedEntry entry) {
        add(path, entry.bytes, entry.compress);
    }
};

// An in-memory package, for tests and inspection.
class MemoryPackage : public PackageSink {
  public:
    struct Entry {
        PackagePath path;
        std::string bytes;
        bool compressed;
    };
    void add(const PackagePath& path, std::string_view bytes, bool compress) override {
        entries_.push_back({path, std::string(bytes), compress});
    }
    const std::vector<Entry>& entries() const { return entries_; }
    // The entry at `path`, or nullptr.
    const Entry* find(std::string_view path) const {
        for (const Entry& e : entries_)
            if (e.path.str() == path) return &e;
        return nullptr;
    }

  private:
    std::vector<Entry> entries_;
};

} // namespace galley::write::epub
