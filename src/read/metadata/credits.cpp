#include "read/metadata/yaml_values.hpp"

#include "read/credit_line.hpp"
#include "read/licences.hpp"
#include "util/text.hpp"

namespace galley::read::meta {

// One `credits:` record. Schema (all keys optional, at least one needed):
//   image: path of the credited image (relative to the file it is written
//          in); or subject: free text ("cover", "lead image")
//   title, creator, creator-url, source, source-url: text
//   licence (or license): free text, recognised into a canonical licence
//   licence-url (or license-url): the deed; recognised when it is a known one
// A bare string is kept as the raw credit line (its licence recognised).
model::Credit read_credit(const YAML::Node& n, const Context& cx) {
    model::Credit c;
    c.pos = cx.pos(n);
    if (!n.IsMap()) {
        c.raw = scalar(n, cx, "credits");
        if (auto m = find_licence(c.raw)) c.licence = m->licence;
        return c;
    }
    std::string licence_text;
    std::string licence_url;
    for (const auto& kv : n) {
        const std::string k = kv.first.as<std::string>();
        if (k == "image" || k == "subject")
            c.subject = scalar(kv.second, cx, k);
        else if (k == "title")
            c.title = scalar(kv.second, cx, k);
        else if (k == "creator" || k == "author")
            c.creator = scalar(kv.second, cx, k);
        else if (k == "creator-url" || k == "author-url")
            c.creator_url = scalar(kv.second, cx, k);
        else if (k == "source")
            c.source = scalar(kv.second, cx, k);
        else if (k == "source-url")
            c.source_url = scalar(kv.second, cx, k);
        else if (k == "licence" || k == "license")
            licence_text = scalar(kv.second, cx, k);
        else if (k == "licence-url" || k == "license-url")
            licence_url = scalar(kv.second, cx, k);
        else
            cx.diags.warn(cx.pos(kv.first), "unknown key '" + k + "' in a credit ignored");
    }
    if (!licence_url.empty()) {
        c.licence = licence_from_url(licence_url);
        if (c.licence.empty())
            c.licence = {licence_text.empty() ? licence_url : licence_text, "", licence_url};
    } else if (!licence_text.empty()) {
        // Free text we do not recognise is kept as written rather than lost.
        auto m = find_licence(licence_text);
        c.licence = m ? m->licence : model::Licence{licence_text, "", ""};
    }
    if (c.subject.empty() && c.title.empty() && c.creator.empty() && c.source.empty() &&
        c.licence.empty())
        cx.diags.warn(c.pos, "a credit with nothing to credit ignored");
    return c;
}

// `credits:`: a list of records (or a single one). Shared with front matter.
std::vector<model::Credit> read_credit_list(const YAML::Node& n, const Context& cx) {
    std::vector<model::Credit> out;
    if (n.IsNull()) return out;
    if (!n.IsSequence()) {
        out.push_back(read_credit(n, cx));
    } else {
        for (const auto& item : n)
            out.push_back(read_credit(item, cx));
    }
    std::erase_if(out, [](const model::Credit& c) {
        return c.subject.empty() && c.title.empty() && c.creator.empty() && c.source.empty() &&
               c.licence.empty() && c.raw.empty();
    });
    return out;
}

// The lead image's credit, `image-credit:` or `image: {credit: ...}`: a
// credit line as written under a picture ("Photo: Jane Doe / Reuters, CC BY
// 4.0", the prefix optional) or a record of the `credits:` schema.
void lead_image_credit(const YAML::Node& n, const Context& cx, model::Article& a) {
    if (n.IsNull()) return;
    model::Credit c;
    if (n.IsMap()) {
        c = read_credit(n, cx);
    } else {
        const std::string text = scalar(n, cx, "image-credit");
        if (util::trim(text).empty()) return;
        auto parsed = parse_credit_text(text, cx.pos(n));
        if (parsed) {
            c = std::move(*parsed);
        } else {
            c.raw = text;
            c.pos = cx.pos(n);
        }
    }
    if (c.subject.empty()) c.subject = "lead image";
    a.credits.push_back(std::move(c));
}

} // namespace galley::read::meta
