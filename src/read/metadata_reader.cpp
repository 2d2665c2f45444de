#include "read/metadata_reader.hpp"

#include "util/text.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>

namespace galley::read {

namespace {

using model::Error;
using model::Metadata;
using model::Person;
using model::SourcePos;

struct Context {
    const std::string& path;
    model::Diagnostics& diags;
    SourcePos pos(const YAML::Node& n) const { return {path, n.Mark().line + 1}; }
};

std::string scalar(const YAML::Node& n, const Context& cx, std::string_view key) {
    if (n.IsNull()) return {};
    if (!n.IsScalar()) throw Error(cx.pos(n), "'" + std::string(key) + "' must be text");
    return n.as<std::string>();
}

// A string, or a list of strings (joined for single-valued fields).
std::vector<std::string> scalar_list(const YAML::Node& n, const Context& cx, std::string_view key) {
    std::vector<std::string> out;
    if (n.IsSequence()) {
        for (const auto& item : n)
            out.push_back(scalar(item, cx, key));
    } else if (!n.IsNull()) {
        out.push_back(scalar(n, cx, key));
    }
    return out;
}

Person person(const YAML::Node& n, const Context& cx, std::string_view key) {
    Person p;
    if (n.IsMap()) {
        for (const auto& kv : n) {
            const std::string k = kv.first.as<std::string>();
            if (k == "text" || k == "name")
                p.name = scalar(kv.second, cx, k);
            else if (k == "role")
                p.role = scalar(kv.second, cx, k);
            else if (k == "file-as")
                p.file_as = scalar(kv.second, cx, k);
            else
                cx.diags.warn(cx.pos(kv.first),
                              "unknown key '" + k + "' in '" + std::string(key) + "' ignored");
        }
    } else {
        p.name = scalar(n, cx, key);
    }
    return p;
}

std::vector<Person> people(const YAML::Node& n, const Context& cx, std::string_view key) {
    std::vector<Person> out;
    if (n.IsSequence()) {
        for (const auto& item : n)
            out.push_back(person(item, cx, key));
    } else if (!n.IsNull()) {
        out.push_back(person(n, cx, key));
    }
    return out;
}

// pandoc allows `title` to be a list of {type: main|subtitle, text: ...}.
void title(const YAML::Node& n, const Context& cx, Metadata& m) {
    if (!n.IsSequence()) {
        m.title = scalar(n, cx, "title");
        return;
    }
    for (const auto& item : n) {
        if (!item.IsMap()) {
            m.title = scalar(item, cx, "title");
            continue;
        }
        const std::string type = item["type"] ? scalar(item["type"], cx, "type") : "main";
        const std::string text = item["text"] ? scalar(item["text"], cx, "text") : "";
        if (type == "subtitle")
            m.subtitle = text;
        else
            m.title = text;
    }
}

void apply_key(const std::string& key, const YAML::Node& value, const YAML::Node& key_node,
               const Context& cx, Metadata& m) {
    using Setter = std::function<void()>;
    const std::map<std::string, Setter> setters = {
        {"title", [&] { title(value, cx, m); }},
        {"subtitle", [&] { m.subtitle = scalar(value, cx, key); }},
        {"author", [&] { m.authors = people(value, cx, key); }},
        {"creator", [&] { m.authors = people(value, cx, key); }},
        {"lang", [&] { m.lang = scalar(value, cx, key); }},
        {"language", [&] { m.lang = scalar(value, cx, key); }},
        {"date", [&] { m.date = scalar(value, cx, key); }},
        {"identifier",
         [&] {
             // pandoc: a string, or a list of {text, scheme}; the first one wins.
             const YAML::Node first = value.IsSequence() && value.size() > 0 ? value[0] : value;
             m.identifier = first.IsMap() ? scalar(first["text"], cx, key) : scalar(first, cx, key);
         }},
        {"publisher", [&] { m.publisher = scalar(value, cx, key); }},
        {"rights", [&] { m.rights = scalar(value, cx, key); }},
        {"description", [&] { m.description = scalar(value, cx, key); }},
        {"abstract", [&] { m.description = scalar(value, cx, key); }},
        {"subject", [&] { m.subjects = scalar_list(value, cx, key); }},
        {"strip", [&] { m.strip = scalar_list(value, cx, key); }},
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
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        throw Error(SourcePos{path, e.mark.line + 1}, "invalid YAML: " + e.msg);
    }
    const Context cx{path, diags};
    if (root.IsNull()) return;
    if (!root.IsMap()) throw Error(cx.pos(root), "metadata must be a mapping of keys to values");
    try {
        for (const auto& kv : root) {
            if (!kv.first.IsScalar()) throw Error(cx.pos(kv.first), "metadata keys must be text");
            apply_key(kv.first.as<std::string>(), kv.second, kv.first, cx, meta);
        }
    } catch (const YAML::Exception& e) {
        throw Error(SourcePos{path, e.mark.line + 1}, "invalid metadata: " + e.msg);
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
        const Context cx{label, diags};
        // List fields take every value; single-valued ones the last given.
        const bool list_key =
            key == "author" || key == "creator" || key == "subject" || key == "strip";
        YAML::Node value(values.back());
        if (list_key) {
            value = YAML::Node(YAML::NodeType::Sequence);
            for (const std::string& v : values)
                value.push_back(v);
        }
        try {
            apply_key(key, value, YAML::Node(key), cx, meta);
        } catch (const YAML::Exception& e) {
            throw Error(label + ": invalid value: " + e.msg);
        }
        if (diags.warning_count() > 0) throw Error(label + ": unknown metadata key '" + key + "'");
    }
}

// ---------------------------------------------------------------------------
// Front matter of Markdown articles

namespace {

model::ImageRef lead_image(const YAML::Node& n, const Context& cx) {
    model::ImageRef img;
    img.pos = cx.pos(n);
    if (!n.IsMap()) {
        img.src = scalar(n, cx, "image");
        return img;
    }
    for (const auto& kv : n) {
        const std::string k = kv.first.as<std::string>();
        if (k == "src" || k == "url" || k == "path")
            img.src = scalar(kv.second, cx, k);
        else if (k == "alt")
            img.alt = scalar(kv.second, cx, k);
        else
            cx.diags.warn(cx.pos(kv.first), "unknown key '" + k + "' in 'image' ignored");
    }
    return img;
}

// A BCP 47 language tag as xml:lang accepts it ("en_US" is read as "en-US");
// anything else is reported and ignored, leaving the book's language.
std::string language_tag(const YAML::Node& n, const Context& cx, std::string_view key) {
    std::string tag = scalar(n, cx, key);
    if (tag.empty()) return tag;
    std::replace(tag.begin(), tag.end(), '_', '-');
    // Subtags of 1 to 8 letters or digits; the first letters only.
    bool ok = true;
    std::size_t run = 0;
    bool first = true;
    for (std::size_t i = 0; i <= tag.size() && ok; ++i) {
        const char c = i < tag.size() ? tag[i] : '-';
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (c == '-') {
            ok = run >= 1 && run <= 8;
            run = 0;
            first = false;
        } else {
            ok = letter || (digit && !first);
            ++run;
        }
    }
    if (!ok) {
        cx.diags.warn(cx.pos(n), "'" + std::string(key) + "': '" + tag +
                                     "' is not a language tag (like en or pt-BR); ignored");
        return {};
    }
    return tag;
}

void apply_article_key(const std::string& key, const YAML::Node& value, const YAML::Node& key_node,
                       const Context& cx, model::Article& a) {
    if (key == "title") {
        Metadata m; // reuse the book's title rules (pandoc's list form included)
        title(value, cx, m);
        a.title = m.title;
        if (!m.subtitle.empty()) a.subtitle = m.subtitle;
    } else if (key == "subtitle") {
        a.subtitle = scalar(value, cx, key);
    } else if (key == "author" || key == "creator") {
        a.authors = people(value, cx, key);
    } else if (key == "date") {
        a.date = scalar(value, cx, key);
    } else if (key == "lang" || key == "language") {
        a.lang = language_tag(value, cx, key);
    } else if (key == "description" || key == "abstract") {
        a.description = scalar(value, cx, key);
    } else if (key == "image" || key == "lead-image") {
        a.lead_image = lead_image(value, cx);
    } else if (key == "credits" || key == "credit") {
        // The credit schema comes with the credits feature; until then the
        // author learns their credits were not used.
        cx.diags.warn(cx.pos(key_node),
                      "front matter key '" + key + "' not yet supported: ignored");
    } else {
        cx.diags.warn(cx.pos(key_node), "unknown front matter key '" + key + "' ignored");
    }
}

} // namespace

void read_front_matter(std::string_view yaml, const std::string& path, int first_line,
                       model::Article& article, model::Diagnostics& diags) {
    // Leading newlines make yaml-cpp's marks count lines of the Markdown file.
    const std::string text =
        std::string(static_cast<std::size_t>(std::max(first_line - 1, 0)), '\n') +
        std::string(yaml);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw Error(SourcePos{path, e.mark.line + 1}, "invalid YAML front matter: " + e.msg);
    }
    const Context cx{path, diags};
    if (root.IsNull()) return;
    if (!root.IsMap())
        throw Error(SourcePos{path, first_line},
                    "front matter must be a mapping of keys to values");
    try {
        for (const auto& kv : root) {
            if (!kv.first.IsScalar())
                throw Error(cx.pos(kv.first), "front matter keys must be text");
            apply_article_key(kv.first.as<std::string>(), kv.second, kv.first, cx, article);
        }
    } catch (const YAML::Exception& e) {
        throw Error(SourcePos{path, e.mark.line + 1}, "invalid front matter: " + e.msg);
    }
}

} // namespace galley::read
