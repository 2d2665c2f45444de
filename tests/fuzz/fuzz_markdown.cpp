// Fuzz target: the Markdown reader, YAML front matter included. Bytes are
// decoded as a .md input is (NUL becomes U+FFFD), and the article is
// rendered to XHTML and parsed back.

#include "fuzz_support.hpp"
#include "read/markdown/markdown_reader.hpp"
#include "read/source_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    using namespace galley;
    model::Diagnostics diags;
    try {
        const read::SourceText src = read::decode_source(fuzz::as_text(data, size), "in.md", diags,
                                                         read::NulBytes::Replace);
        fuzz::check_article(read::read_markdown(src, diags));
    } catch (const model::Error&) {
        // Malformed front matter: galley names file:line and exits 1.
    }
    fuzz::check_diagnostics(diags);
    return 0;
}
