#include "read/metadata/yaml_values.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace galley::read::meta {

namespace {

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

} // namespace

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

} // namespace galley::read::meta
