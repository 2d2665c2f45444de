#pragma once
// Diagnostics: content problems are reported and the run goes on; fatal
// problems are thrown as galley::Error and mapped to an exit code by main.

#include "model/source_pos.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace galley::model {

struct Diagnostic {
    enum class Severity { Note, Warning };
    Severity severity = Severity::Warning;
    SourcePos pos;
    std::string message;

    // "file:line: warning: message" (":line" omitted when the line is 0).
    std::string format() const;
    bool operator==(const Diagnostic&) const = default;
};

// Collected diagnostics, in the order they were reported. Not thread-safe:
// each worker collects its own and the pipeline merges them in input order.
class Diagnostics {
  public:
    void warn(SourcePos pos, std::string message);
    void note(SourcePos pos, std::string message);
    void append(const Diagnostics& other);
    const std::vector<Diagnostic>& all() const { return items_; }
    std::size_t warning_count() const;

  private:
    std::vector<Diagnostic> items_;
};

// A fatal error with a context chain, outermost context first when printed:
// "cannot write out/x.epub: No space left on device".
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
    Error(const SourcePos& pos, const std::string& message);
    // Wraps `inner` with an outer context ("while reading X").
    Error(const std::string& context, const Error& inner);
};

} // namespace galley::model
