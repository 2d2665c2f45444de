// Fuzz target: the metadata reader. The input is a book.yaml, optionally
// followed by a line "%%% -M" and `-M key=value` options, one a line. The
// metadata goes into a one-article book whose EPUB (package document,
// navigation, title page, credits) is written and checked.

#include "fuzz_support.hpp"
#include "read/metadata/metadata_reader.hpp"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    using namespace galley;
    const std::string_view input = fuzz::as_text(data, size);
    constexpr std::string_view separator = "\n%%% -M\n";
    const std::size_t cut = input.find(separator);
    const std::string_view yaml = input.substr(0, cut);
    std::vector<std::string> overrides;
    if (cut != std::string_view::npos) {
        std::string_view rest = input.substr(cut + separator.size());
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            overrides.emplace_back(rest.substr(0, nl));
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        }
    }

    model::Diagnostics diags;
    model::Book book;
    try {
        read::read_metadata(yaml, "book.yaml", book.meta, &book.credits, diags);
        read::apply_metadata_overrides(overrides, book.meta);
    } catch (const model::Error&) {
        fuzz::check_diagnostics(diags);
        return 0; // galley names the file (and line) or the option and exits 1
    }
    model::Article article;
    article.title = "Article";
    article.source = {"a.md", 0};
    article.blocks.push_back(model::make_paragraph({model::Inline::make_text("Text.")}));
    book.articles.push_back(std::move(article));
    book.modified_epoch = 1700000000;
    try {
        fuzz::check_book(book, diags);
    } catch (const model::Error&) {
        // An image the metadata names that cannot be embedded: exit 1.
    }
    return 0;
}
