#pragma once
// What every fuzz target shares: the oracle that parses galley's output back
// and aborts (a libFuzzer finding) on anything malformed, and the book
// builder that runs the transforms and the EPUB writer in memory.
//
// The targets are also built without libFuzzer (replay_main.cpp) so the
// normal test suite replays the seed corpora and every regression input.

#include "model/article.hpp"
#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace galley::fuzz {

// Reports `what` (and `detail`, cut to a readable length) on stderr and
// aborts: libFuzzer saves the input, the replay test fails.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

// Checks an XML document as epubcheck would before validation: valid UTF-8,
// only characters XML 1.0 allows, well-formed (tinyxml2), no attribute twice
// on an element, no id twice in the document. `what` names the document.
void require_xml(std::string_view xml, std::string_view what);

// Renders `article` as the EPUB writer does (write::render_article) and
// checks the XHTML with require_xml.
void check_article(const model::Article& article);

// Every diagnostic has a message and a line that is not negative.
void check_diagnostics(const model::Diagnostics& diags);

// Runs the transforms on `book` (images load as a 1x1 PNG whatever their
// path, so no file is read), writes the EPUB twice (the bytes must be the
// same), opens the zip again with libzip and checks that it holds exactly
// the files written, with `mimetype` first and stored, and checks every
// XML file of the package with require_xml. Returns the zip's size.
std::size_t check_book(model::Book& book, model::Diagnostics& diags);

// Fails (on destruction) when the input took more than a second of this
// thread's CPU time, or GALLEY_FUZZ_CPU_SECONDS when set. libFuzzer's
// -timeout counts wall-clock time, which on a shared, busy machine flags
// inputs that merely waited; the fuzz runs give -timeout a wide margin for
// real hangs and leave "too slow" to this budget.
class CpuBudget {
  public:
    CpuBudget();
    ~CpuBudget();
    CpuBudget(const CpuBudget&) = delete;
    CpuBudget& operator=(const CpuBudget&) = delete;

  private:
    double start_;
};

// The input as text (libFuzzer's bytes are not NUL-terminated).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace galley::fuzz
