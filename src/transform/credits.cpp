#include "transform/credits.hpp"

#include "util/text.hpp"

#include <set>

namespace galley::transform {

namespace {

bool is_lead_subject(const std::string& subject) {
    const std::string s = util::to_lower_ascii(util::trim(subject));
    return s.empty() || s == "lead image" || s == "lead" || s == "image";
}

bool is_cover_subject(const std::string& subject) {
    return util::to_lower_ascii(util::trim(subject)) == "cover";
}

// The embedded image a figure shows, when its content is one image.
const model::Inline* figure_image(const model::Block& figure) {
    for (const model::Block& b : figure.children)
        for (const model::Inline& in : b.inlines)
            if (in.kind == model::Inline::Kind::Image) return &in;
    return nullptr;
}

// Hrefs of every image shown in `blocks`.
void collect_images(const model::Article& a, std::set<std::string>& out) {
    for (const model::Inline* in : model::images_in(a))
        out.insert(in->url);
}

void caption_figures(model::Blocks& blocks, const model::Book& book, const model::Article& a) {
    std::vector<model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        for (model::Block& b : *list) {
            if (b.kind == model::Block::Kind::Figure && b.inlines.empty()) {
                if (const model::Inline* img = figure_image(b))
                    if (const model::Credit* c = credit_for(book, &a, img->url))
                        b.inlines = model::attribution(*c);
            }
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
}

} // namespace

const model::Credit* credit_for(const model::Book& book, const model::Article* article,
                                const std::string& href) {
    if (article) {
        for (const model::Credit& c : article->credits)
            if (c.subject == href) return &c;
        if (!article->lead_image.empty() && article->lead_image.src == href)
            for (const model::Credit& c : article->credits)
                if (is_lead_subject(c.subject)) return &c;
    }
    for (const model::Credit& c : book.credits)
        if (c.subject == href) return &c;
    if (book.meta.cover_image == href && !href.empty())
        for (const model::Credit& c : book.credits)
            if (is_cover_subject(c.subject)) return &c;
    return nullptr;
}

void place_credits(model::Book& book, model::Diagnostics& diags) {
    std::set<std::string> credited;
    for (model::Article& a : book.articles) {
        caption_figures(a.blocks, book, a);
        std::set<std::string> shown;
        collect_images(a, shown);
        if (!a.lead_image.empty()) {
            model::Block figure;
            figure.kind = model::Block::Kind::Figure;
            figure.pos = a.lead_image.pos;
            figure.children.push_back(model::make_paragraph({model::Inline::make_image(
                a.lead_image.src, a.lead_image.alt, a.lead_image.pos.line)}));
            if (const model::Credit* c = credit_for(book, &a, a.lead_image.src)) {
                figure.inlines = model::attribution(*c);
                // The title of the work describes it better than nothing.
                if (a.lead_image.alt.empty()) figure.children.back().inlines.back().text = c->title;
            }
            a.blocks.insert(a.blocks.begin(), std::move(figure));
            shown.insert(a.lead_image.src);
        }
        for (const std::string& href : shown)
            if (credit_for(book, &a, href)) credited.insert(href);
    }
    if (!book.meta.cover_image.empty() && credit_for(book, nullptr, book.meta.cover_image))
        credited.insert(book.meta.cover_image);
    for (const model::Asset& asset : book.assets)
        if (!credited.count(asset.href))
            diags.warn({asset.source, 0}, "image has no credit (add one under 'credits:' in the "
                                          "metadata, with its creator, source and licence)");

    auto check = [&](const model::Credit& c) {
        if (model::requires_attribution(c.licence) && c.creator.empty())
            diags.warn(c.pos, "credit under " + c.licence.name +
                                  " names no creator, but the licence requires attribution");
    };
    for (const model::Credit& c : book.credits)
        check(c);
    for (const model::Article& a : book.articles)
        for (const model::Credit& c : a.credits)
            check(c);
}

} // namespace galley::transform
