#pragma once
// The metadata reader's shared parts (internal to src/read/metadata, the one
// folder that includes yaml-cpp): how a YAML value becomes text, people,
// credits and language tags, with messages naming file:line.

#include "model/article.hpp"
#include "model/credit.hpp"
#include "model/diagnostic.hpp"
#include "model/metadata.hpp"

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

namespace galley::read::meta {

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

// ---- yaml_values.cpp

// What went wrong, in our words: yaml-cpp's own ("bad conversion", "invalid
// node; first invalid key", "bad file" for deep nesting) say nothing to a
// writer of book.yaml.
std::string yaml_problem(const YAML::Exception& e);
// The line of a YAML exception, when it has one.
SourcePos yaml_pos(const std::string& path, const YAML::Exception& e);
// A text value (null: empty); anything else is an error naming `key`.
// Counts the bytes taken against the expansion limit; past it, the error
// names `within` (the list holding `n`), since an alias's own mark is its
// anchor's and the list's line is the one that repeats it.
std::string scalar(const YAML::Node& n, const Context& cx, std::string_view key,
                   const YAML::Node* within = nullptr);
// A string, or a list of strings.
std::vector<std::string> scalar_list(const YAML::Node& n, const Context& cx, std::string_view key);
// A language as a BCP 47 tag (see the .cpp); an error naming the line otherwise.
std::string language_tag(const YAML::Node& n, const Context& cx, std::string_view key);

// ---- people.cpp

// A name, or {text|name, role, file-as}; roles as MARC relator codes.
Person person(const YAML::Node& n, const Context& cx, std::string_view key);
std::vector<Person> people(const YAML::Node& n, const Context& cx, std::string_view key);
// pandoc's `title`: text, or a list of {type: main|subtitle, text}.
void title(const YAML::Node& n, const Context& cx, Metadata& m);

// ---- credits.cpp

// One `credits:` record (schema in the .cpp); `credits:` as a list or one.
model::Credit read_credit(const YAML::Node& n, const Context& cx);
std::vector<model::Credit> read_credit_list(const YAML::Node& n, const Context& cx);
// The lead image's credit (`image-credit:`, `image: {credit}`) into `a.credits`.
void lead_image_credit(const YAML::Node& n, const Context& cx, model::Article& a);

} // namespace galley::read::meta
