#include "read/metadata/metadata_reader.hpp"
#include "read/metadata/yaml_values.hpp"

#include "util/text.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>

namespace galley::read {

using namespace meta;

namespace {

void credits(const YAML::Node& n, const YAML::Node& key_node, const Context& cx) {
    if (!cx.credits) {
        cx.diags.warn(cx.pos(key_node), "'credits' cannot be given here; ignored");
        return;
    }
    for (model::Credit& c : read_credit_list(n, cx))
        cx.credits->push_back(std::move(c));
}

// pandoc: a string, or a list of {text, scheme}; the first one wins.
void identifier(const YAML::Node& value, const Context& cx, Metadata& m) {
    const YAML::Node first = value.IsSequence() && value.size() > 0 ? value[0] : value;
    if (first.IsMap()) {
        m.identifier = scalar(first["text"], cx, "identifier");
        m.identifier_scheme = first["scheme"] ? scalar(first["scheme"], cx, "scheme") : "";
    } else {
        m.identifier = scalar(first, cx, "identifier");
        m.identifier_scheme.clear();
    }
}

std::string page_progression(const YAML::Node& n, const Context& cx) {
    const std::string v = util::to_lower_ascii(scalar(n, cx, "page-progression-direction"));
    if (v == "ltr" || v == "rtl") return v;
    if (v != "default" && !v.empty())
        cx.diags.warn(cx.pos(n),
                      "page-progression-direction must be 'ltr' or 'rtl'; '" + v + "' ignored");
    return {};
}

// One `files:` entry's keys: `source` (or `publication`) and `url` (or
// `source-url`), as in front matter.
model::FileMetadata file_entry(std::string file, const YAML::Node& n, const Context& cx) {
    model::FileMetadata f;
    f.file = std::move(file);
    f.pos = cx.pos(n);
    if (!n.IsMap()) throw Error(cx.pos(n), "'files': each file takes a mapping (source, url)");
    for (const auto& kv : n) {
        const std::string k = kv.first.as<std::string>();
        if (k == "file" || k == "path")
            f.file = scalar(kv.second, cx, k);
        else if (k == "source" || k == "publication")
            f.source = scalar(kv.second, cx, k);
        else if (k == "url" || k == "source-url")
            f.url = scalar(kv.second, cx, k);
        else
            cx.diags.warn(cx.pos(kv.first), "unknown key '" + k + "' in 'files' ignored");
    }
    if (util::trim(f.file).empty()) throw Error(f.pos, "'files': an entry names no file");
    return f;
}

// `files:` as a mapping from paths to entries, or a list of entries with `file:`.
std::vector<model::FileMetadata> files(const YAML::Node& n, const Context& cx) {
    std::vector<model::FileMetadata> out;
    if (n.IsMap()) {
        for (const auto& kv : n)
            out.push_back(file_entry(scalar(kv.first, cx, "files"), kv.second, cx));
    } else if (n.IsSequence()) {
        for (const auto& item : n)
            out.push_back(file_entry({}, item, cx));
    } else if (!n.IsNull()) {
        throw Error(cx.pos(n), "'files' must map file names to their source and url");
    }
    return out;
}

void apply_key(const std::string& key, const YAML::Node& value, const YAML::Node& key_node,
               const Context& cx, Metadata& m) {
    using Setter = std::function<void()>;
    const std::map<std::string, Setter> setters = {
        {"title", [&] { title(value, cx, m); }},
        {"subtitle", [&] { m.subtitle = scalar(value, cx, key); }},
        {"author", [&] { m.authors = people(value, cx, key); }},
        {"creator", [&] { m.authors = people(value, cx, key); }},
        {"lang", [&] { m.lang = language_tag(value, cx, key); }},
        {"language", [&] { m.lang = language_tag(value, cx, key); }},
        {"date", [&] { m.date = scalar(value, cx, key); }},
        {"contributor", [&] { m.contributors = people(value, cx, key); }},
        {"identifier", [&] { identifier(value, cx, m); }},
        {"publisher", [&] { m.publisher = scalar(value, cx, key); }},
        {"rights", [&] { m.rights = scalar(value, cx, key); }},
        {"description", [&] { m.description = scalar(value, cx, key); }},
        {"abstract", [&] { m.description = scalar(value, cx, key); }},
        {"subject", [&] { m.subjects = scalar_list(value, cx, key); }},
        {"strip", [&] { m.strip = scalar_list(value, cx, key); }},
        {"belongs-to-collection", [&] { m.collection = scalar(value, cx, key); }},
        {"group-position", [&] { m.group_position = scalar(value, cx, key); }},
        {"cover-image",
         [&] {
             m.cover_image = scalar(value, cx, key);
             m.cover_image_pos = cx.pos(value);
         }},
        {"css",
         [&] {
             m.stylesheets = scalar_list(value, cx, key);
             m.stylesheets_pos = cx.pos(value);
         }},
        {"page-progression-direction",
         [&] { m.page_progression_direction = page_progression(value, cx); }},
        {"page-size", [&] { m.page_size = scalar(value, cx, key); }},
        {"handout-footer", [&] { m.handout_footer = scalar(value, cx, key); }},
        {"credits", [&] { credits(value, key_node, cx); }},
        {"files", [&] { m.files = files(value, cx); }},
        // pandoc's iBooks display options: accepted so pandoc files load; unused.
        {"ibooks", [&] { cx.diags.note(cx.pos(key_node), "'ibooks' options are not used"); }},
    };
    const auto it = setters.find(key);
    if (it == setters.end()) {
        cx.diags.warn(cx.pos(key_node), "unknown metadata key '" + key + "' ignored");
        return;
    }
    it->second();
}

} // namespace

void read_metadata(std::string_view yaml, const std::string& path, Metadata& meta,
                   model::Diagnostics& diags) {
    read_metadata(yaml, path, meta, nullptr, diags);
}

void read_metadata(std::string_view yaml, const std::string& path, Metadata& meta,
                   std::vector<model::Credit>* credits, model::Diagnostics& diags) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        throw Error(yaml_pos(path, e), "invalid YAML: " + yaml_problem(e));
    }
    const Context cx{path, diags, credits};
    if (root.IsNull()) return;
    if (!root.IsMap()) throw Error(cx.pos(root), "metadata must be a mapping of keys to values");
    try {
        for (const auto& kv : root) {
            if (!kv.first.IsScalar()) throw Error(cx.pos(kv.first), "metadata keys must be text");
            apply_key(kv.first.as<std::string>(), kv.second, kv.first, cx, meta);
        }
    } catch (const YAML::Exception& e) {
        throw Error(yaml_pos(path, e), "invalid metadata: " + yaml_problem(e));
    }
}

void apply_metadata_overrides(const std::vector<std::string>& key_values, Metadata& meta) {
    // Group the values per key, keeping the order keys first appear in.
    std::vector<std::pair<std::string, std::vector<std::string>>> grouped;
    for (const std::string& kv : key_values) {
        const std::size_t eq = kv.find('=');
        const std::string key(util::trim(std::string_view(kv).substr(0, eq)));
        if (key.empty()) throw Error("-M " + kv + ": missing key before '='");
        const std::string value = eq == std::string::npos ? "true" : kv.substr(eq + 1);
        auto it = std::find_if(grouped.begin(), grouped.end(),
                               [&](const auto& g) { return g.first == key; });
        if (it == grouped.end())
            grouped.push_back({key, {value}});
        else
            it->second.push_back(value);
    }
    for (const auto& [key, values] : grouped) {
        model::Diagnostics diags;
        const std::string label = "-M " + key;
        const Context cx{label, diags, nullptr};
        // List fields take every value; single-valued ones the last given.
        const bool list_key = key == "author" || key == "creator" || key == "contributor" ||
                              key == "subject" || key == "strip" || key == "css";
        YAML::Node value(values.back());
        if (list_key) {
            value = YAML::Node(YAML::NodeType::Sequence);
            for (const std::string& v : values)
                value.push_back(v);
        }
        try {
            apply_key(key, value, YAML::Node(key), cx, meta);
        } catch (const YAML::Exception& e) {
            throw Error(label + ": invalid value: " + yaml_problem(e));
        }
        if (key == "credits")
            throw Error(label + ": credits are records; give them in the metadata file");
        for (const model::Diagnostic& w : diags.all()) {
            if (w.severity != model::Diagnostic::Severity::Warning) continue;
            if (w.message.rfind("unknown metadata key", 0) == 0)
                throw Error(label + ": unknown metadata key '" + key + "'");
            throw Error(label + ": " + w.message); // e.g. a value out of range
        }
    }
}

} // namespace galley::read
