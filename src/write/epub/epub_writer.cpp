#include "write/epub/epub_writer.hpp"

#include "util/text.hpp"
#include "write/credits.hpp"
#include "write/epub/epub_parts.hpp"
#include "write/styles.hpp"

#include <algorithm>
#include <ctime>

namespace galley::write::epub {

std::vector<const Document*> Layout::of_kind(Document::Kind kind) const {
    std::vector<const Document*> out;
    for (const Document& d : documents)
        if (d.kind == kind) out.push_back(&d);
    return out;
}

std::vector<PageBreak> Layout::breaks_in(std::string_view region) const {
    std::vector<PageBreak> out;
    for (const PageBreak& b : page_breaks)
        if (b.region == region) out.push_back(b);
    return out;
}

const Document* Layout::document_of(std::string_view region) const {
    for (const Document& d : documents) {
        if (d.kind == Document::Kind::Chapter && d.article->id == region) return &d;
        if (d.kind == Document::Kind::Credits && region == "credits") return &d;
    }
    return nullptr;
}

namespace {

// A front- or back-matter document: `name` is its file name, manifest id and
// landmark (article ids are "ch001"..., so these cannot collide).
Document matter(Document::Kind kind, const PackagePath& dir, const std::string& name,
                std::string title, bool in_toc) {
    Document d;
    d.kind = kind;
    d.path = dir / (name + ".xhtml");
    d.manifest_id = name;
    d.title = std::move(title);
    d.landmark = name;
    d.in_toc = in_toc;
    return d;
}

} // namespace

Layout plan_layout(const model::Book& book, const EpubOptions& options) {
    Layout layout;
    layout.page_breaks = options.page_breaks;
    layout.print_source = options.print_source;
    const PackagePath text_dir("EPUB/text");

    // Every book has a cover: the given image, or one drawn from the title.
    layout.generated_cover = true;
    for (const model::Asset& a : book.assets) {
        if (!a.cover) continue;
        layout.cover_image = asset_path(layout, a.href);
        layout.generated_cover = false;
        break;
    }
    if (layout.generated_cover) layout.cover_image = layout.root / "images/cover.svg";
    layout.documents.push_back(matter(Document::Kind::Cover, text_dir, "cover", "Cover", false));
    if (options.title_page)
        layout.documents.push_back(
            matter(Document::Kind::TitlePage, text_dir, "titlepage", "Title page", false));
    bool first = true;
    for (const model::Article& a : book.articles) {
        Document d;
        d.kind = Document::Kind::Chapter;
        d.article = &a;
        d.path = text_dir / (a.id + ".xhtml");
        d.manifest_id = a.id;
        d.title = a.title;
        d.landmark = first ? "bodymatter" : "";
        first = false;
        layout.documents.push_back(std::move(d));
    }

    if (has_credits(book))
        layout.documents.push_back(
            matter(Document::Kind::Credits, text_dir, "credits", "Credits", true));
    return layout;
}

PackagePath asset_path(const Layout& layout, const std::string& href) {
    return layout.root / href;
}

std::string image_src_from(const Layout& layout, const PackagePath& self, std::string_view href) {
    return asset_path(layout, std::string(href)).href_from(self);
}

namespace {

std::string document_bytes(const model::Book& book, const Document& d, const Layout& layout) {
    switch (d.kind) {
    case Document::Kind::Chapter:
        return content_document(book, d, layout);
    case Document::Kind::Cover:
        return cover_document(book, d, layout);
    case Document::Kind::TitlePage:
        return title_page_document(book, d, layout);
    case Document::Kind::Credits:
        return credits_document(book, d, layout);
    }
    return {};
}

} // namespace

std::string iso_timestamp(long long epoch) {
    const std::time_t t = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::vector<const model::Block*> toc_headings(const model::Article& article, int toc_depth) {
    std::vector<const model::Block*> out;
    for (const model::Block& b : article.blocks) {
        // Levels as rendered: clamped into 2..6, like the sections they open.
        // Headings without text stay here: toc_entries leaves them out and
        // attaches their subsections to the nearest listed ancestor.
        if (b.kind == model::Block::Kind::Heading && std::clamp(b.level, 2, 6) <= toc_depth &&
            !b.id.empty())
            out.push_back(&b);
    }
    return out;
}

void write_epub(const model::Book& book, PackageSink& sink, const EpubOptions& options) {
    const Layout layout = plan_layout(book, options);
    sink.add(PackagePath("mimetype"), "application/epub+zip", false);
    sink.add(PackagePath("META-INF/container.xml"), container_xml(layout), true);
    for (const Document& d : layout.documents)
        sink.add(d.path, document_bytes(book, d, layout), true);
    sink.add(layout.nav, nav_document(book, layout, options.toc_depth), true);
    sink.add(layout.ncx, ncx_document(book, layout, options.toc_depth), true);
    sink.add(layout.css, options.css.empty() ? std::string(styles::epub_css()) : options.css, true);
    // Images are compressed already; storing them saves time and nothing else.
    if (layout.generated_cover) sink.add(layout.cover_image, generated_cover_svg(book), true);
    for (const model::Asset& a : book.assets)
        sink.add(asset_path(layout, a.href), a.data, a.media_type == "image/svg+xml");
    sink.add(layout.opf, package_document(book, layout), true);
}

} // namespace galley::write::epub
