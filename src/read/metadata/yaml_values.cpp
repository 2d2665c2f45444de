#include "read/metadata/yaml_values.hpp"

#include "util/language.hpp"
#include "util/limits.hpp"
#include "util/text.hpp"

#include <yaml-cpp/depthguard.h>

namespace galley::read::meta {

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

std::string scalar(const YAML::Node& n, const Context& cx, std::string_view key,
                   const YAML::Node* within) {
    if (n.IsNull()) return {};
    if (!n.IsScalar()) throw Error(cx.pos(n), "'" + std::string(key) + "' must be text");
    const std::string& value = n.Scalar();
    cx.expanded += value.size();
    if (cx.expanded > util::limits::max_yaml_expanded_bytes)
        throw Error(cx.pos(within ? *within : n), "the metadata expands to more than " +
                                   std::to_string(util::limits::max_yaml_expanded_bytes >> 20) +
                                   " MiB of text (YAML aliases repeating a large value?)");
    return value;
}

// A string, or a list of strings (joined for single-valued fields).
std::vector<std::string> scalar_list(const YAML::Node& n, const Context& cx, std::string_view key) {
    std::vector<std::string> out;
    if (n.IsSequence()) {
        for (const auto& item : n)
            out.push_back(scalar(item, cx, key, &n));
    } else if (!n.IsNull()) {
        out.push_back(scalar(n, cx, key));
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

} // namespace galley::read::meta
