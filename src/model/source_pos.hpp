#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace galley::model {

// A file name as given by the user, shared: every block, inline and
// diagnostic of a file names it, and a copy each would multiply a long path
// by the number of blocks (a 3.5 KB path turned 104 MB of input into
// 795 MB). Copies share one immutable string; names made one after another
// from the same text (a reader's `{path, line}`) share it too, through a
// one-entry cache per thread.
class FileName {
  public:
    FileName() = default;
    FileName(std::string_view name); // NOLINT: a name is its text
    FileName(const std::string& name) : FileName(std::string_view(name)) {}
    FileName(const char* name) : FileName(std::string_view(name)) {}

    const std::string& str() const;
    operator const std::string&() const { return str(); } // NOLINT
    bool empty() const { return !text_ || text_->empty(); }
    const char* c_str() const { return str().c_str(); }

    friend bool operator==(const FileName& a, const FileName& b) {
        return a.text_ == b.text_ || a.str() == b.str();
    }
    friend bool operator==(const FileName& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const FileName& a, const char* b) { return a.str() == b; }
    friend bool operator==(const FileName& a, const std::string& b) { return a.str() == b; }
    friend std::string operator+(const FileName& a, std::string_view b) {
        return a.str() + std::string(b);
    }

  private:
    std::shared_ptr<const std::string> text_;
};

// Where something came from: a file name as given by the user and a 1-based
// line (0 when no line applies).
struct SourcePos {
    FileName file;
    int line = 0;

    bool operator==(const SourcePos&) const = default;
};

} // namespace galley::model
