// Fuzz target: raw HTML in Markdown, the reader's path that maps a safe
// subset onto the model, drops script-like elements and keeps the rest as
// text. The input is read twice: as it is (an HTML block when it starts with
// a tag) and after a word (inline HTML); both articles must render to
// well-formed XHTML.

#include "fuzz_support.hpp"
#include "read/markdown/markdown_reader.hpp"
#include "read/source_text.hpp"

#include <string>

namespace {

using namespace galley;

void check_markdown(std::string_view bytes) {
    model::Diagnostics diags;
    try {
        const read::SourceText src =
            read::decode_source(bytes, "in.md", diags, read::NulBytes::Replace);
        fuzz::check_article(read::read_markdown(src, diags));
    } catch (const model::Error&) {
        // Front matter that does not parse: the Markdown target's business.
    }
    fuzz::check_diagnostics(diags);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    const std::string_view input = fuzz::as_text(data, size);
    check_markdown(input);
    check_markdown("Text " + std::string(input));
    return 0;
}
