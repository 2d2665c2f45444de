#include "read/html/html_reader.hpp"

#include "read/html/html_parser.hpp"
#include "read/html/page_mapper.hpp"
#include "read/html/page_metadata.hpp"

#include <filesystem>

namespace galley::read {

namespace {

using model::Block;

// A figure with a local image before any text is the article's lead image.
void take_lead_image(model::Article& a) {
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        const Block& b = a.blocks[i];
        if (b.kind == Block::Kind::Heading) continue;
        if (b.kind != Block::Kind::Figure || !b.inlines.empty() || b.children.size() != 1 ||
            b.children[0].inlines.size() != 1 ||
            b.children[0].inlines[0].kind != model::Inline::Kind::Image)
            return;
        const model::Inline& img = b.children[0].inlines[0];
        a.lead_image = {img.url, img.text, b.pos};
        a.blocks.erase(a.blocks.begin() + static_cast<std::ptrdiff_t>(i));
        return;
    }
}

} // namespace

model::Article read_html(const SourceText& src, model::Diagnostics& diags, HtmlReport* report) {
    html::Document doc = html::parse_document(src.text);
    const html::PageMetadata meta = html::read_page_metadata(doc);
    html::ExtractOptions eo;
    eo.title = meta.title;
    const html::Extraction ex = html::extract_article(doc, eo);

    model::Article a;
    a.source = {src.path, 0};
    a.title = meta.title;
    std::vector<std::string> authors = meta.authors;
    std::string authors_rule = meta.authors_rule;
    if (authors.empty() && !ex.byline.empty()) {
        authors = html::names_from_byline(ex.byline);
        if (!authors.empty()) authors_rule = "byline element";
    }
    for (std::string& name : authors)
        a.authors.push_back({std::move(name), "", ""});
    a.date = meta.date;
    a.description = meta.description;
    a.source_name = meta.site_name;
    a.url = meta.url;
    a.lang = meta.lang;

    html::MapContext cx;
    cx.path = src.path;
    cx.base_url = meta.base_url;
    cx.page_dir = std::filesystem::path(src.path).parent_path();
    html::PageMapper mapper(doc, cx, diags);
    html::MappedArticle mapped = mapper.map(ex.kept);
    a.blocks = std::move(mapped.blocks);
    a.notes = std::move(mapped.notes);
    a.credits = std::move(mapped.credits);
    take_lead_image(a);
    std::string title_rule = meta.title_rule;
    if (a.title.empty()) {
        // The first heading, else the file's name.
        if (!a.blocks.empty() && a.blocks.front().kind == Block::Kind::Heading) {
            a.title = model::plain_text(a.blocks.front().inlines);
            a.blocks.erase(a.blocks.begin());
            title_rule = "none in the page: its first heading";
        } else {
            a.title = std::filesystem::path(src.path).stem().string();
            title_rule = "none in the page: the file's name";
        }
        diags.warn({src.path, 0}, "the page has no title; using '" + a.title + "'");
    }
    if (a.blocks.empty()) diags.warn({src.path, 0}, "no article text found in the page");
    if (!ex.dropped.empty())
        diags.note({src.path, 0}, std::to_string(ex.dropped.size()) +
                                      " block(s) of page chrome dropped (galley --inspect lists them)");
    if (report) {
        report->container = ex.container_desc;
        report->rule = ex.rule;
        report->title_rule = title_rule;
        report->authors_rule = authors_rule;
        report->date_rule = meta.date_rule;
        report->dropped = ex.dropped;
    }
    return a;
}

} // namespace galley::read
