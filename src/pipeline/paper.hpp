#pragma once
// Internal to the pipeline folder: the paper options (booklet imposition,
// QR codes, paper saver, handout footer) turned into what the writers take,
// and the PDF rendering they share with the page-list.

#include "model/book.hpp"
#include "pipeline/pipeline.hpp"
#include "write/print/print_writer.hpp"

#include <filesystem>
#include <string>

namespace galley::pipeline {

// Checks the paper options (`pdf_output`: a .pdf is among the outputs);
// throws UsageError naming the bad one.
void check_paper_options(const Options& options, bool pdf_output);

// The print options for the book (or, with `handout`, for the handouts):
// `size` as chosen by --page-size or the metadata, turned into the booklet's
// page (A5 from A4 or A5, half-Letter from Letter) with --booklet; QR codes,
// paper saver and the handout footer.
write::print::PrintOptions print_options_for(const model::Book& book, const Options& options,
                                             write::print::PageSize size, bool handout);

// Renders `html` with WeasyPrint in a private temporary directory and returns
// the PDF. Throws model::Error naming `target` when WeasyPrint fails.
std::string render_pdf(const std::filesystem::path& weasyprint, const std::string& html,
                       const std::filesystem::path& target);

// The PDF as written to a .pdf output: imposed as a booklet with --booklet
// (on A4 sheets, or Letter for a half-Letter book), else as it is.
std::string finish_pdf(std::string pdf, const Options& options, write::print::PageSize size);

} // namespace galley::pipeline
