// EPUB Accessibility 1.1 metadata (schema.org's accessibility properties and
// the conformance claim), derived from what the book really contains.

#include "util/text.hpp"
#include "write/epub/epub_parts.hpp"

namespace galley::write::epub {

namespace {

struct ImageCensus {
    int images = 0;
    int without_alt = 0;

    void count(const std::string& alt) {
        ++images;
        if (util::trim(alt).empty()) ++without_alt;
    }
};

// Every image of the book: inline images anywhere in the block tree and
// lead images. Iterative, so any nesting depth is safe.
ImageCensus census(const model::Book& book) {
    ImageCensus c;
    for (const model::Article& a : book.articles) {
        if (!a.lead_image.empty()) c.count(a.lead_image.alt);
        for (const model::Inline* in : model::images_in(a))
            c.count(in->text);
    }
    return c;
}

} // namespace

std::vector<MetaProperty> accessibility_metadata(const model::Book& book) {
    const ImageCensus images = census(book);
    // Embedded files (a cover, images) are visual content even when no
    // inline image points at them.
    const bool visual = images.images > 0 || !book.assets.empty();
    const bool all_alt = images.without_alt == 0;

    std::vector<MetaProperty> out;
    out.push_back({"schema:accessMode", "textual"});
    if (visual) out.push_back({"schema:accessMode", "visual"});
    // Text alone carries everything when every image has a text alternative.
    if (all_alt) out.push_back({"schema:accessModeSufficient", "textual"});
    if (visual) out.push_back({"schema:accessModeSufficient", "textual,visual"});
    for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder"})
        out.push_back({"schema:accessibilityFeature", feature});
    if (visual && all_alt) out.push_back({"schema:accessibilityFeature", "alternativeText"});
    out.push_back({"schema:accessibilityFeature", "displayTransformability"});
    out.push_back({"schema:accessibilityHazard", "none"});

    std::string summary =
        "This publication has a table of contents, headings that mark every chapter and its "
        "sections, a logical reading order and reflowable text that readers can restyle.";
    if (!visual)
        summary += " It contains no images.";
    else if (all_alt)
        summary += " Every image has a text alternative.";
    else
        summary += " Some images have no text alternative, so the publication does not meet "
                   "WCAG 2.1 Level AA.";
    if (all_alt) summary += " It meets EPUB Accessibility 1.1 at WCAG 2.1 Level AA.";
    out.push_back({"schema:accessibilitySummary", summary});

    // The conformance claim only where we know it holds: what we generate is
    // structured, labelled and language-tagged; the one thing the sources can
    // take away is a text alternative for an image.
    if (all_alt)
        out.push_back({"dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
    return out;
}

} // namespace galley::write::epub
