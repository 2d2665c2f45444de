#pragma once
// The metadata reader: the one file that includes yaml-cpp.

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

} // namespace galley::read
