#pragma once
// Internal to the EPUB writer: where each file goes and the generators of
// each one. Every generator returns the file's bytes.

#include "model/book.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/package_path.hpp"
#include "write/xhtml_sink.hpp"

#include <map>
#include <string>
#include <vector>

namespace tinyxml2 {
class XMLPrinter;
}

namespace galley::write::epub {

// One XHTML document in the reading order. Front and back matter (cover,
// title page, credits) are documents of their own kinds, so the manifest,
// spine, contents and landmarks all come from this one list.
struct Document {
    enum class Kind { Cover, TitlePage, Chapter, Credits };
    Kind kind = Kind::Chapter;
    const model::Article* article = nullptr; // Kind::Chapter only
    // Kind::Chapter: the article's blocks [first_block, end_block) and which
    // part of it this is (0: the first, holding the title; an article that
    // is not split has one part).
    std::size_t first_block = 0;
    std::size_t end_block = 0;
    int part = 0;
    PackagePath path;
    std::string manifest_id;
    std::string title;    // for the contents and landmarks
    std::string landmark; // epub:type in the landmarks ("cover", "bodymatter"...); empty: none
    bool in_toc = true;   // listed in the contents
};

struct Layout {
    PackagePath opf{"EPUB/content.opf"};
    PackagePath nav{"EPUB/nav.xhtml"};
    PackagePath ncx{"EPUB/toc.ncx"};
    PackagePath css{"EPUB/styles/epub.css"};
    PackagePath root{"EPUB"}; // asset hrefs ("images/x.png") are relative to it
    PackagePath cover_image;  // an asset, or the generated SVG
    bool generated_cover = false;
    PackagePath cover_png;    // the generated cover as a PNG: the cover-image; empty: none
    bool split = false; // some article spans several documents
    std::vector<Document> documents; // spine order
    std::vector<PageBreak> page_breaks; // EpubOptions::page_breaks
    std::string print_source;

    // The page breaks in `region` (an article id, or "credits"), in order.
    std::vector<PageBreak> breaks_in(std::string_view region) const;
    // The document holding `region`'s text, or nullptr.
    const Document* document_of(std::string_view region) const;

    // The documents of one kind, in spine order.
    std::vector<const Document*> of_kind(Document::Kind kind) const;
};

Layout plan_layout(const model::Book& book, const EpubOptions& options = {});

// The structural semantics of a document of `kind`: its epub:type and the
// matching DPUB-ARIA role (nullptr when ARIA has none, as for a title page).
// The cover's role belongs on its image, not on a sectioning element.
struct Semantics {
    const char* epub_type;
    const char* role;
};
Semantics semantics_of(Document::Kind kind);

std::string container_xml(const Layout& layout);
// `homes`: where each id lives (id -> file name in the text folder), so
// links follow targets into other parts; empty when nothing is split.
std::string content_document(const model::Book& book, const Document& chapter,
                             const Layout& layout,
                             const std::map<std::string, std::string>& homes = {});
std::string nav_document(const model::Book& book, const Layout& layout, int toc_depth);
std::string ncx_document(const model::Book& book, const Layout& layout, int toc_depth);
std::string package_document(const model::Book& book, const Layout& layout);
std::string cover_document(const model::Book& book, const Document& cover, const Layout& layout);
std::string credits_document(const model::Book& book, const Document& credits,
                             const Layout& layout);
// The cover drawn when the book gives none: title, subtitle and authors.
std::string generated_cover_svg(const model::Book& book);

// Where the asset with `href` is stored in the package.
PackagePath asset_path(const Layout& layout, const std::string& href);
// The image_src of RenderOptions for a document at `self`: asset hrefs made
// relative to the document.
std::string image_src_from(const Layout& layout, const PackagePath& self, std::string_view href);
std::string title_page_document(const model::Book& book, const Document& title_page,
                                const Layout& layout);

// EPUB Accessibility 1.1 metadata for the package document, in order:
// (property, value) pairs for <meta property=…>value</meta>.
struct MetaProperty {
    std::string property;
    std::string value;
    bool operator==(const MetaProperty&) const = default;
};
std::vector<MetaProperty> accessibility_metadata(const model::Book& book);

// The print edition's page-list (page_list.cpp): a <nav epub:type="page-list">
// for nav.xhtml, a <pageList> for toc.ncx (its playOrder values continue
// after `play_order`), and the highest page number ("0" when none). Nothing
// without page breaks.
void page_list_nav(const Layout& layout, XhtmlSink& out);
void page_list_ncx(const Layout& layout, tinyxml2::XMLPrinter& p, int play_order);
std::string max_page_number(const Layout& layout);

// "2024-05-01T12:00:00Z"
std::string iso_timestamp(long long epoch);

// Headings listed in the contents: top-level headings of `article` with a
// level <= toc_depth (the article title counts as level 1).
// Only those among blocks [first, end) when given (one part of a split article).
std::vector<const model::Block*> toc_headings(const model::Article& article, int toc_depth,
                                              std::size_t first = 0,
                                              std::size_t end = static_cast<std::size_t>(-1));

} // namespace galley::write::epub
