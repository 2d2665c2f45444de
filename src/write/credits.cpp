#include "write/credits.hpp"

#include "util/text.hpp"
#include "write/article_header.hpp"
#include "write/labels.hpp"

#include <string>

namespace galley::write {

namespace {

bool is_subject(const std::string& s, std::initializer_list<const char*> names) {
    const std::string lower = util::to_lower_ascii(s);
    for (const char* n : names)
        if (lower == n) return true;
    return false;
}

bool shows_image(const model::Article& a, const std::string& href) {
    for (const model::Inline* in : model::images_in(a))
        if (in->url == href) return true;
    return false;
}

bool is_asset(const model::Book& book, const std::string& href) {
    for (const model::Asset& a : book.assets)
        if (a.href == href) return true;
    return false;
}

std::string quoted(const std::string& title) {
    return "\u201C" + title + "\u201D";
}

// What a credit is for, in words, in the book's language; empty when the
// record does not say. A lead image's credit whose image the book does not
// show says so ("Lead image of “X”, not included") rather than pointing at
// nothing; so does a credit line left in an article's text ("Image in “X”,
// not included": plain text carries no pictures).
std::string subject_label(const model::Book& book, const model::Article* owner,
                          const model::Credit& c, std::string_view lang) {
    if (is_subject(c.subject, {"cover"}) ||
        (!book.meta.cover_image.empty() && c.subject == book.meta.cover_image))
        return std::string(label(Label::Cover, lang));
    auto lead_of = [&](const model::Article& a) {
        return std::string(label(Label::LeadImageOf, lang)) + " " + quoted(a.title);
    };
    auto image_in = [&](const model::Article& a) {
        return std::string(label(Label::ImageIn, lang)) + " " + quoted(a.title);
    };
    if (owner && c.in_text)
        return image_in(*owner) + ", " + std::string(label(Label::NotIncluded, lang));
    if (owner) {
        if (is_subject(c.subject, {"", "lead image", "lead", "image"}) ||
            c.subject == owner->lead_image.src)
            return owner->lead_image.empty()
                       ? lead_of(*owner) + ", " + std::string(label(Label::NotIncluded, lang))
                       : lead_of(*owner);
        if (is_asset(book, c.subject)) return image_in(*owner);
        return c.subject;
    }
    if (is_asset(book, c.subject)) {
        for (const model::Article& a : book.articles)
            if (a.lead_image.src == c.subject) return lead_of(a);
        for (const model::Article& a : book.articles)
            if (shows_image(a, c.subject)) return image_in(a);
        return std::string(label(Label::Image, lang));
    }
    return c.subject;
}

void credit_item(const model::Book& book, const model::Article* owner, const model::Credit& c,
                 MarkupSink& out, const RenderOptions& options) {
    out.open("li");
    const std::string subject = subject_label(book, owner, c, options.lang);
    if (!subject.empty()) {
        out.open("span", true);
        out.attribute("class", "credit-subject");
        out.text(subject);
        out.close();
        out.text(": ");
    }
    render_inlines(model::attribution(c, label(Label::CreditBy, options.lang),
                                      label(Label::CreditVia, options.lang)),
                   out, options);
    out.close();
}

} // namespace

bool has_credits(const model::Book& book) {
    if (!book.credits.empty()) return true;
    for (const model::Article& a : book.articles)
        if (!a.credits.empty() || !origin_name(a).empty()) return true;
    return false;
}

void render_credits(const model::Book& book, MarkupSink& out, const RenderOptions& given) {
    if (!has_credits(book)) return;
    RenderOptions options = given;
    options.lang = book.meta.lang.empty() ? std::string("en") : book.meta.lang;
    out.open("section");
    out.attribute("id", "credits");
    out.attribute("class", "credits");
    out.attribute("role", "doc-credits");
    out.open("h1");
    out.text(label(Label::Credits, options.lang));
    out.close();
    out.open("ul");
    for (const model::Credit& c : book.credits)
        credit_item(book, nullptr, c, out, options);
    for (const model::Article& a : book.articles)
        for (const model::Credit& c : a.credits)
            credit_item(book, &a, c, out, options);
    // Where each article was first published: "“Title”: First published by Source".
    for (const model::Article& a : book.articles) {
        const std::string origin = origin_name(a);
        if (origin.empty()) continue;
        out.open("li");
        out.attribute("class", "origin");
        out.open("span", true);
        out.attribute("class", "credit-subject");
        out.text(quoted(a.title));
        out.close();
        out.text(": " + std::string(label(Label::FirstPublishedBy, options.lang)) + " ");
        render_inlines({model::Inline::make_link(a.url, {model::Inline::make_text(origin)})}, out,
                       options);
        out.close();
    }
    out.close();
    out.close();
}

} // namespace galley::write
