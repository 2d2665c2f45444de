#include "write/credits.hpp"

#include "util/text.hpp"

#include <string>

namespace galley::write {

namespace {

bool is_subject(const std::string& s, std::initializer_list<const char*> names) {
    const std::string lower = util::to_lower_ascii(s);
    for (const char* n : names)
        if (lower == n) return true;
    return false;
}

bool shows_image(const model::Blocks& blocks, const std::string& href) {
    for (const model::Inline* in : model::images_in(blocks))
        if (in->url == href) return true;
    return false;
}

bool is_asset(const model::Book& book, const std::string& href) {
    for (const model::Asset& a : book.assets)
        if (a.href == href) return true;
    return false;
}

// What a credit is for, in words; empty when the record does not say.
std::string subject_label(const model::Book& book, const model::Article* owner,
                          const model::Credit& c) {
    if (is_subject(c.subject, {"cover"}) ||
        (!book.meta.cover_image.empty() && c.subject == book.meta.cover_image))
        return "Cover";
    auto lead_of = [](const model::Article& a) {
        return "Lead image of \u201C" + a.title + "\u201D";
    };
    auto image_in = [](const model::Article& a) { return "Image in \u201C" + a.title + "\u201D"; };
    if (owner) {
        if (is_subject(c.subject, {"", "lead image", "lead", "image"}) ||
            c.subject == owner->lead_image.src)
            return owner->lead_image.empty() ? "Image credited in \u201C" + owner->title + "\u201D"
                                             : lead_of(*owner);
        if (is_asset(book, c.subject)) return image_in(*owner);
        return c.subject;
    }
    if (is_asset(book, c.subject)) {
        for (const model::Article& a : book.articles)
            if (a.lead_image.src == c.subject) return lead_of(a);
        for (const model::Article& a : book.articles)
            if (shows_image(a.blocks, c.subject)) return image_in(a);
        return "Image";
    }
    return c.subject;
}

void credit_item(const model::Book& book, const model::Article* owner, const model::Credit& c,
                 MarkupSink& out, const RenderOptions& options) {
    out.open("li");
    const std::string label = subject_label(book, owner, c);
    if (!label.empty()) {
        out.open("span", true);
        out.attribute("class", "credit-subject");
        out.text(label);
        out.close();
        out.text(": ");
    }
    render_inlines(model::attribution(c), out, options);
    out.close();
}

} // namespace

bool has_credits(const model::Book& book) {
    if (!book.credits.empty()) return true;
    for (const model::Article& a : book.articles)
        if (!a.credits.empty()) return true;
    return false;
}

void render_credits(const model::Book& book, MarkupSink& out, const RenderOptions& options) {
    if (!has_credits(book)) return;
    out.open("section");
    out.attribute("id", "credits");
    out.attribute("class", "credits");
    out.attribute("role", "doc-credits");
    out.open("h1");
    out.text("Credits");
    out.close();
    out.open("ul");
    for (const model::Credit& c : book.credits)
        credit_item(book, nullptr, c, out, options);
    for (const model::Article& a : book.articles)
        for (const model::Credit& c : a.credits)
            credit_item(book, &a, c, out, options);
    out.close();
    out.close();
}

} // namespace galley::write
