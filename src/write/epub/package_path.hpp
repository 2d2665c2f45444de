#pragma once
// A path inside an EPUB package ("EPUB/text/ch001.xhtml"): a value type so
// that hrefs are computed, never concatenated by hand.

#include <string>
#include <string_view>

namespace galley::write::epub {

class PackagePath {
  public:
    PackagePath() = default;
    // `path` uses '/' separators, no leading '/', no "." or ".." segments.
    explicit PackagePath(std::string path) : path_(std::move(path)) {}

    const std::string& str() const { return path_; }
    // The folder part, with a trailing '/', or "" at the package root.
    std::string_view directory() const;
    PackagePath operator/(std::string_view child) const;
    // The href that leads from a document at `from` to this path.
    std::string href_from(const PackagePath& from) const;

    bool operator==(const PackagePath&) const = default;
    auto operator<=>(const PackagePath&) const = default;

  private:
    std::string path_;
};

} // namespace galley::write::epub
