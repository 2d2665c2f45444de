#pragma once
// The metadata reader: the one file that includes yaml-cpp.

#include "model/article.hpp"
#include "model/credit.hpp"
#include "model/diagnostic.hpp"
#include "model/metadata.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::read {

// Reads pandoc-style YAML metadata (`title`, `author`, `lang`, ...) into
// `meta`, overwriting the fields the document sets. Unknown keys are warnings
// naming file:line. Throws model::Error "file:line: error: ..." on YAML that
// does not parse or on a known key with a value of the wrong shape.
void read_metadata(std::string_view yaml, const std::string& path, model::Metadata& meta,
                   model::Diagnostics& diags);

// The same, also appending the records of `credits:` to `*credits` (see
// read_credit in the .cpp for the schema). With `credits` null, a
// `credits:` key is a warning. Besides pandoc's keys (title, subtitle,
// author/creator, contributor with MARC relator roles, lang, date,
// identifier with scheme, publisher, rights, subject, description,
// belongs-to-collection, group-position, cover-image, css,
// page-progression-direction) it reads galley's own: credits, strip,
// page-size.
void read_metadata(std::string_view yaml, const std::string& path, model::Metadata& meta,
                   std::vector<model::Credit>* credits, model::Diagnostics& diags);

// Applies `-M key=value` overrides (`-M key` means "true") as pandoc does:
// values are plain text; a key given several times makes a list (for list
// keys such as author, subject, strip) or the last one wins. Throws
// model::Error naming the option on an unknown key.
void apply_metadata_overrides(const std::vector<std::string>& key_values, model::Metadata& meta);

// Reads a Markdown article's YAML front matter into `article`: title,
// subtitle, author, date, lang, description, source (where it was first
// published) and url (its address there), and image (the lead image: a
// path, or a mapping with src and alt). `yaml` is the text between the `---`
// lines and `first_line` the line of the file it starts on, so that messages
// name lines of the Markdown file. `credits` takes book.yaml's credit schema.
// Unknown keys are warnings. Throws model::Error "file:line: error: ..."
// on YAML that does not parse, a block that is not a mapping, or a known key
// with a value of the wrong shape.
void read_front_matter(std::string_view yaml, const std::string& path, int first_line,
                       model::Article& article, model::Diagnostics& diags);

} // namespace galley::read
