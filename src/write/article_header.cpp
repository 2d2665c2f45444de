#include "write/article_header.hpp"

#include "write/labels.hpp"

#include <algorithm>

namespace galley::write {

namespace {

// A role's group: its label (none for authors and unknown roles) and class.
struct RoleGroup {
    const char* cls;
    bool labelled;
    Label label;
};

RoleGroup group_of(const std::string& role) {
    if (role.empty() || role == "aut") return {"author", false, Label::By};
    if (role == "edt") return {"editor", true, Label::EditedBy};
    if (role == "trl") return {"translator", true, Label::TranslatedBy};
    if (role == "ill") return {"illustrator", true, Label::IllustratedBy};
    return {"contributor", false, Label::By};
}

void paragraph(MarkupSink& out, const char* cls, const std::string& text,
               const RenderOptions& options) {
    if (text.empty()) return;
    out.open("p");
    out.attribute("class", cls);
    if (options.auto_direction) out.attribute("dir", "auto");
    out.text(text);
    out.close();
}

// The host of an http(s) URL ("www.example.org"), or empty.
std::string host_of(std::string_view url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return {};
    url.remove_prefix(url.find("//") + 2);
    return std::string(url.substr(0, url.find_first_of("/?#")));
}

} // namespace

std::vector<std::pair<std::string, std::string>>
people_lines(const std::vector<model::Person>& people, std::string_view lang, bool by_line) {
    // Groups in order of first appearance; names in the order given.
    std::vector<std::pair<RoleGroup, std::vector<std::string>>> groups;
    for (const model::Person& p : people) {
        if (p.name.empty()) continue;
        const RoleGroup g = group_of(p.role);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto& e) { return std::string_view(e.first.cls) == g.cls; });
        if (it == groups.end()) it = groups.insert(groups.end(), {g, {}});
        it->second.push_back(p.name);
    }
    // Authors first, whoever the metadata names first.
    std::stable_partition(groups.begin(), groups.end(),
                          [](const auto& e) { return std::string_view(e.first.cls) == "author"; });
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [g, names] : groups) {
        std::string line = join_names(names, lang);
        if (g.labelled || (by_line && std::string_view(g.cls) == "author"))
            line = std::string(label(g.label, lang)) + " " + line;
        out.emplace_back(g.cls, std::move(line));
    }
    return out;
}

std::string origin_name(const model::Article& a) {
    if (!a.source_name.empty()) return a.source_name;
    return host_of(a.url);
}

void render_article_header(const model::Article& a, MarkupSink& out, const RenderOptions& options) {
    const std::string& lang = options.lang.empty() ? std::string("en") : options.lang;
    out.open("header");
    out.attribute("class", "article-header");
    out.open("h1");
    if (options.auto_direction) out.attribute("dir", "auto");
    out.text(a.title);
    out.close();
    paragraph(out, "standfirst", a.subtitle.empty() ? a.description : a.subtitle, options);
    for (const auto& [cls, line] : people_lines(a.authors, lang, true))
        paragraph(out, cls == "author" ? "byline" : ("byline " + cls).c_str(), line, options);
    if (!a.date.empty()) {
        out.open("p");
        out.attribute("class", "dateline");
        const std::string iso = iso_date_part(a.date);
        if (!iso.empty()) {
            out.open("time", true);
            out.attribute("datetime", iso);
            out.text(format_date(a.date, lang));
            out.close();
        } else {
            out.text(a.date);
        }
        out.close();
    }
    const std::string origin = origin_name(a);
    if (!origin.empty()) {
        out.open("p");
        out.attribute("class", "origin");
        if (options.auto_direction) out.attribute("dir", "auto");
        out.text(std::string(label(Label::FirstPublishedBy, lang)) + " ");
        // Through the inline renderer: it links safe schemes only.
        render_inlines({model::Inline::make_link(a.url, {model::Inline::make_text(origin)})}, out,
                       options);
        out.close();
    }
    out.close();
}

} // namespace galley::write
