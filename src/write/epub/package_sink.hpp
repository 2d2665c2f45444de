#pragma once
// Where the EPUB writer puts the package's files. The writer never touches
// the zip: tests use MemoryPackage, the command line a ZipSink.

#include "write/epub/package_path.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write::epub {

class PackageSink {
  public:
    virtual ~PackageSink() = default;
    // Adds one file. Files are stored in the order added. `compress` false
    // stores the bytes as they are (required for `mimetype`).
    virtual void add(const PackagePath& path, std::string_view bytes, bool compress) = 0;
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
