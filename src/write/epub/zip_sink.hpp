#pragma once
// A PackageSink that builds a zip archive in memory: the one place that
// includes libzip (and libdeflate, which compresses the entries). Only the
// stored form of each entry is kept: compressed entries are deflated as they
// are prepared, on the writer's threads, and libzip copies them as they are.

#include "write/epub/package_sink.hpp"

#include <memory>
#include <string>

namespace galley::write::epub {

class ZipSink : public PackageSink {
  public:
    // Every entry gets `epoch` (seconds, UTC) as its timestamp, so the same
    // files give the same bytes. Throws model::Error when libzip fails.
    explicit ZipSink(long long epoch);
    ~ZipSink() override;
    ZipSink(const ZipSink&) = delete;
    ZipSink& operator=(const ZipSink&) = delete;

    void add(const PackagePath& path, std::string_view bytes, bool compress) override;
    // Deflates at level 6 (raw deflate, as a zip entry holds it), unless that
    // would not make the entry smaller. Safe to call from several threads.
    PreparedEntry prepare(std::string bytes, bool compress) const override;
    void add_prepared(const PackagePath& path, PreparedEntry entry) override;
    // Closes the archive and returns its bytes; the sink is spent afterwards.
    std::string finish();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace galley::write::epub
