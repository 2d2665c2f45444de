#include "write/epub/epub_writer.hpp"

#include "util/parallel.hpp"
#include "util/text.hpp"
#include "write/credits.hpp"
#include "write/epub/epub_parts.hpp"
#include "write/labels.hpp"
#include "write/epub/split.hpp"
#include "write/styles.hpp"
#include "write/xhtml.hpp"

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
    if (layout.generated_cover && !options.cover_png.empty())
        layout.cover_png = layout.root / "images/cover.png";
    // Document titles (and landmarks) in the book's language.
    const std::string lang = book.meta.lang.empty() ? std::string("en") : book.meta.lang;
    layout.documents.push_back(matter(Document::Kind::Cover, text_dir, "cover",
                                      std::string(label(Label::Cover, lang)), false));
    if (options.title_page)
        layout.documents.push_back(matter(Document::Kind::TitlePage, text_dir, "titlepage",
                                          std::string(label(Label::TitlePage, lang)), false));
    // Measuring an article renders it: on every thread, results in order.
    std::vector<std::vector<ArticlePart>> parts_of(book.articles.size());
    util::parallel_ordered(
        book.articles.size(), options.threads,
        [&](std::size_t i) { return split_article(book.articles[i], options.split_size); },
        [&](std::size_t i, std::vector<ArticlePart> parts) { parts_of[i] = std::move(parts); });
    bool first = true;
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const model::Article& a = book.articles[i];
        const std::vector<ArticlePart>& parts = parts_of[i];
        for (std::size_t k = 0; k < parts.size(); ++k) {
            // Later parts: "ch001-part2"; article ids are "ch001", "ch002"...
            const std::string name = k == 0 ? a.id : a.id + "-part" + std::to_string(k + 1);
            Document d;
            d.kind = Document::Kind::Chapter;
            d.article = &a;
            d.first_block = parts[k].first;
            d.end_block = parts[k].end;
            d.part = static_cast<int>(k);
            d.path = text_dir / (name + ".xhtml");
            d.manifest_id = name;
            d.title = a.title;
            d.landmark = first ? "bodymatter" : "";
            d.in_toc = k == 0;
            first = false;
            layout.documents.push_back(std::move(d));
        }
        layout.split = layout.split || parts.size() > 1;
    }

    if (has_credits(book))
        layout.documents.push_back(
            matter(Document::Kind::Credits, text_dir, "credits",
                   std::string(label(Label::Credits, lang)), true));
    return layout;
}

PackagePath asset_path(const Layout& layout, const std::string& href) {
    return layout.root / href;
}

std::string image_src_from(const Layout& layout, const PackagePath& self, std::string_view href) {
    return asset_path(layout, std::string(href)).href_from(self);
}

namespace {

std::string document_bytes(const model::Book& book, const Document& d, const Layout& layout,
                           const std::map<std::string, std::string>& homes) {
    switch (d.kind) {
    case Document::Kind::Chapter:
        return content_document(book, d, layout, homes);
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

std::vector<const model::Block*> toc_headings(const model::Article& article, int toc_depth,
                                              std::size_t first, std::size_t end) {
    std::vector<const model::Block*> out;
    end = std::min(end, article.blocks.size());
    for (std::size_t i = first; i < end; ++i) {
        const model::Block& b = article.blocks[i];
        // Levels as rendered: clamped into 2..6, like the sections they open.
        // Headings without text stay here: toc_entries leaves them out and
        // attaches their subsections to the nearest listed ancestor.
        if (b.kind == model::Block::Kind::Heading && std::clamp(b.level, 2, 6) <= toc_depth &&
            !b.id.empty())
            out.push_back(&b);
    }
    return out;
}

namespace {

// One file of the package: where it goes, how to make its bytes, and
// whether to compress them.
struct PackageFile {
    PackagePath path;
    std::function<std::string()> bytes;
    bool compress = true;
};

std::vector<PackageFile> package_files(const model::Book& book, const Layout& layout,
                                       const std::map<std::string, std::string>& homes,
                                       const EpubOptions& options) {
    std::vector<PackageFile> files;
    files.push_back({PackagePath("mimetype"), [] { return std::string("application/epub+zip"); },
                     false});
    files.push_back({PackagePath("META-INF/container.xml"),
                     [&layout] { return container_xml(layout); }});
    for (const Document& d : layout.documents)
        files.push_back({d.path, [&book, &d, &layout, &homes] { return document_bytes(book, d, layout, homes); }});
    const int depth = options.toc_depth;
    files.push_back({layout.nav, [&book, &layout, depth] { return nav_document(book, layout, depth); }});
    files.push_back({layout.ncx, [&book, &layout, depth] { return ncx_document(book, layout, depth); }});
    files.push_back({layout.css, [&options] {
                         return options.css.empty()
                                    ? std::string(styles::epub_css()) + "\n" + std::string(styles::tables_css())
                                    : options.css;
                     }});
    if (layout.generated_cover)
        files.push_back({layout.cover_image, [&book] { return generated_cover_svg(book); }});
    if (!layout.cover_png.str().empty())
        files.push_back({layout.cover_png, [&options] { return options.cover_png; }, false});
    // Images are compressed already; storing them saves time and nothing else.
    for (const model::Asset& a : book.assets)
        files.push_back({asset_path(layout, a.href), [&a] { return a.data; },
                         a.media_type == "image/svg+xml"});
    files.push_back({layout.opf, [&book, &layout] { return package_document(book, layout); }});
    return files;
}

} // namespace

void write_epub(const model::Book& book, PackageSink& sink, const EpubOptions& options) {
    const Layout layout = plan_layout(book, options);
    // Where each id lives once articles are split: links follow their target.
    std::map<std::string, std::string> homes;
    if (layout.split) {
        for (const Document& d : layout.documents) {
            if (d.kind != Document::Kind::Chapter) continue;
            IdCollector ids(homes, d.path.href_from(d.path));
            render_article_part(*d.article, d.first_block, d.end_block, ids);
        }
    }
    const std::vector<PackageFile> files = package_files(book, layout, homes, options);
    const PackageSink& preparer = sink;
    util::parallel_ordered(
        files.size(), options.threads,
        [&](std::size_t i) { return preparer.prepare(files[i].bytes(), files[i].compress); },
        [&](std::size_t i, PreparedEntry entry) {
            sink.add_prepared(files[i].path, std::move(entry));
            if (options.progress) options.progress(i + 1, files.size());
        });
}

} // namespace galley::write::epub
