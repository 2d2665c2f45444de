#pragma once
// The metadata reader: the one file that includes yaml-cpp.

#include "model/diagnostic.hpp"
#include "model/metadata.hpp"

#include <string>
#include <string_view>

namespace galley::read {

// Reads pandoc-style YAML metadata (`title`, `author`, `lang`, ...) into
// `meta`, overwriting the fields the document sets. Unknown keys are warnings
// naming file:line. Throws model::Error "file:line: error: ..." on YAML that
// does not parse or on a known key with a value of the wrong shape.
void read_metadata(std::string_view yaml, const std::string& path, model::Metadata& meta,
                   model::Diagnostics& diags);

// Applies one `-M key=value` (or `-M key`, meaning "true") override. The
// value is read as YAML, as pandoc does. Throws model::Error on an unknown
// key or a malformed value.
void apply_metadata_override(std::string_view key_value, model::Metadata& meta);

} // namespace galley::read
