// Fuzz target: the plain-text reader. Bytes are decoded as an input file is
// (encoding sniffing, NUL means binary), read with a few `strip:` patterns,
// and the article is rendered to XHTML and parsed back.

#include "fuzz_support.hpp"
#include "read/source_text.hpp"
#include "read/text/text_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    using namespace galley;
    model::Diagnostics diags;
    read::TextOptions options;
    options.strip = {"If you experience technical problems*", "Share this article", "*subscribe*?"};
    try {
        const read::SourceText src = read::decode_source(fuzz::as_text(data, size), "in.txt", diags);
        read::TextReport report;
        const model::Article article = read::read_text(src, options, diags, &report);
        fuzz::check_article(article);
    } catch (const model::Error&) {
        // A binary file or malformed front matter: galley reports it and exits 1.
    }
    fuzz::check_diagnostics(diags);
    return 0;
}
