#pragma once
// Internal to the pipeline folder: the PDF laid out so that no three
// hyphenated lines follow each other (write/print/hyphenation_sink.hpp).

#include "model/book.hpp"
#include "write/print/print_writer.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace galley::pipeline {

struct LaidOutPdf {
    // The hyphenation candidates kept whole: the print HTML given them is
    // the one the PDF was laid out from.
    std::vector<std::size_t> keep;
    std::string pdf;
};

// Lays `print`'s HTML out with WeasyPrint, its hyphenation candidates marked
// for measuring; while the PDF has three hyphenated lines in a row, keeps the
// third word whole and lays it out again (at most `max_layouts` layouts, then
// once more unmarked). Returns the last layout, its measuring marks removed.
// Throws model::Error naming `target` when WeasyPrint fails.
LaidOutPdf lay_out_pdf(const model::Book& book, const write::print::PrintOptions& print,
                       const std::filesystem::path& weasyprint,
                       const std::filesystem::path& target, int max_layouts = 3);

} // namespace galley::pipeline
