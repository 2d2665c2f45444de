#include "read/metadata/metadata_reader.hpp"

#include "read/credit_line.hpp"
#include "read/licences.hpp"
#include "util/limits.hpp"
#include "util/language.hpp"
#include "util/text.hpp"

#include <yaml-cpp/depthguard.h>
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
    // Where `credits:` records go; null where credits cannot be given (-M).
    std::vector<model::Credit>* credits = nullptr;
    SourcePos pos(const YAML::Node& n) const { return {path, n.Mark().line + 1}; }
    // Bytes of text taken from the YAML so far: aliases repeat a node
    // without copying it, so a small file can name gigabytes ("billion
    // laughs"); past util::limits::max_yaml_expanded_bytes it is an error.
    mutable std::size_t expanded = 0;
};

// What went wrong, in our words: yaml-cpp's own ("bad conversion", "invalid
// node; first invalid key", "bad file" for deep nesting) say nothing to a
// writer of book.yaml.
std::string yaml_problem(const YAML::Exception& e) {
    if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
        return "nested too deeply (more than " + std::to_string(deep->depth() - 1) + " levels)";
    if (dynamic_cast<const YAML::BadConversion*>(&e) || dynamic_cast<const YAML::InvalidNode*>(&e) ||
        dynamic_cast<const YAML::BadSubscript*>(&e))
        return "a value of the wrong type here (text, a list or a mapping was expected)";
    return e.msg;
}

// The line of a YAML exception, when it has one.
SourcePos yaml_pos(const std::string& path, const YAML::Exception& e) {
    return {path, e.mark.is_null() ? 0 : e.mark.line + 1};
}

std::string scalar(const YAML::Node& n, const Context& cx, std::string_view key) {
    if (n.IsNull()) return {};
    if (!n.IsScalar()) throw Error(cx.pos(n), "'" + std::string(key) + "' must be text");
    const std::string& value = n.Scalar();
    cx.expanded += value.size();
    if (cx.expanded > util::limits::max_yaml_expanded_bytes)
        throw Error(cx.pos(n), "the metadata expands to more than " +
                                   std::to_string(util::limits::max_yaml_expanded_bytes >> 20) +
                                   " MiB of text (YAML aliases repeating a large value?)");
    return value;
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

// MARC relator codes (https://id.loc.gov/vocabulary/relators) for the roles
// books name; pandoc, like us, accepts the code or the English term.
const std::map<std::string, std::string, std::less<>>& relators() {
    static const std::map<std::string, std::string, std::less<>> table = {
        {"adapter", "adp"},
        {"afterword", "aft"},
        {"annotator", "ann"},
        {"arranger", "arr"},
        {"artist", "art"},
        {"author", "aut"},
        {"author of introduction", "aui"},
        {"bookjacket designer", "bjd"},
        {"calligrapher", "cll"},
        {"cartographer", "ctg"},
        {"collaborator", "clb"},
        {"commentator", "cmm"},
        {"compiler", "com"},
        {"composer", "cmp"},
        {"contributor", "ctb"},
        {"copyright holder", "cph"},
        {"cover designer", "cov"},
        {"creator", "cre"},
        {"designer", "dsr"},
        {"editor", "edt"},
        {"illustrator", "ill"},
        {"interviewee", "ive"},
        {"interviewer", "ivr"},
        {"lyricist", "lyr"},
        {"narrator", "nrt"},
        {"photographer", "pht"},
        {"printer", "prt"},
        {"proofreader", "pfr"},
        {"publisher", "pbl"},
        {"redactor", "red"},
        {"reviewer", "rev"},
        {"scribe", "scr"},
        {"translator", "trl"},
        {"transcriber", "trc"},
        {"writer of preface", "wpr"},
    };
    return table;
}

// A role as written ("editor", "edt", "Editor") to its relator code; an
// unknown role is reported and dropped (the person keeps the default role).
std::string relator(const std::string& role, const SourcePos& pos, const Context& cx) {
    const std::string lower = util::to_lower_ascii(util::trim(role));
    if (lower.empty()) return {};
    const auto& table = relators();
    if (const auto it = table.find(lower); it != table.end()) return it->second;
    for (const auto& entry : table)
        if (entry.second == lower) return lower;
    // Any other three-letter code is taken as a relator code we do not list.
    if (lower.size() == 3 &&
        std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return lower;
    cx.diags.warn(pos, "unknown role '" + role +
                           "' ignored (expected a MARC relator such as "
                           "'author', 'editor', 'translator' or its code)");
    return {};
}

Person person(const YAML::Node& n, const Context& cx, std::string_view key) {
    Person p;
    if (n.IsMap()) {
        for (const auto& kv : n) {
            const std::string k = kv.first.as<std::string>();
            if (k == "text" || k == "name")
                p.name = scalar(kv.second, cx, k);
            else if (k == "role")
                p.role = relator(scalar(kv.second, cx, k), cx.pos(kv.second), cx);
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
        else if (type == "main")
            m.title = text;
        else // short, collection, edition, extended: no place in our model
            cx.diags.note(cx.pos(item), "title of type '" + type + "' not used");
    }
}

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

// A language as a BCP 47 tag, one rule for book.yaml, -M, front matter and
// plain text's front matter: "en_US" is read as "en-US" and a language's
// name as its code ("Persian" as "fa"); anything else is an error naming the
// line, since a wrong language breaks the EPUB and every language-dependent
// rule (direction, quotes, hyphenation, labels).
std::string language_tag(const YAML::Node& n, const Context& cx, std::string_view key) {
    const std::string written = scalar(n, cx, key);
    if (util::trim(written).empty()) return {};
    if (auto tag = util::normalise_language(written)) return *tag;
    throw Error(cx.pos(n), "'" + std::string(key) + "': '" + written +
                               "' is not a language (give a tag like en, en-US or pt-BR, "
                               "or a name like English or Persian)");
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

// ---------------------------------------------------------------------------
// Front matter of Markdown articles

namespace {

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

model::ImageRef lead_image(const YAML::Node& n, const Context& cx, model::Article& a) {
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
        else if (k == "credit")
            lead_image_credit(kv.second, cx, a);
        else
            cx.diags.warn(cx.pos(kv.first), "unknown key '" + k + "' in 'image' ignored");
    }
    return img;
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
    } else if (key == "source" || key == "publication") {
        a.source_name = scalar(value, cx, key);
    } else if (key == "url" || key == "source-url") {
        a.url = scalar(value, cx, key);
    } else if (key == "image" || key == "lead-image") {
        a.lead_image = lead_image(value, cx, a);
    } else if (key == "image-credit" || key == "lead-image-credit") {
        lead_image_credit(value, cx, a);
    } else if (key == "credits" || key == "credit") {
        // The same schema as book.yaml's `credits:`; image paths are relative
        // to the Markdown file.
        for (model::Credit& c : read_credit_list(value, cx))
            a.credits.push_back(std::move(c));
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
        throw Error(yaml_pos(path, e), "invalid YAML front matter: " + yaml_problem(e));
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
        throw Error(yaml_pos(path, e), "invalid front matter: " + yaml_problem(e));
    }
}

} // namespace galley::read
