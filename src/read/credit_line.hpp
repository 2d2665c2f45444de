#pragma once
// Credit lines in scraped articles: "Image credit: Philafrenzy via Wikimedia
// CommonsCC BY-SA 4.0." to a credit record.

#include "model/credit.hpp"

#include <optional>
#include <string_view>

namespace galley::read {

// Parses one paragraph as a credit line, or returns nothing when it is not
// one. Recognised starts (any case): "Image credit(s):", "Photo credit(s):",
// "Picture credit:", "Credit(s):", "Photo:", "Photograph:", "Featured
// image:", "Header image:", "Lead image:", "Top image:", "Cover image:",
// "Photo by", "Image by"; and "Image:"/"Picture:" only with "via", a licence
// or a known source after it (otherwise it is a caption). At most 300 bytes.
// The rest splits into creator, source ("X via Y", "X on Unsplash") and
// licence (read/licences.hpp, which finds "CC BY-SA 4.0" even glued to the
// word before). `raw` keeps the paragraph; `subject` is "lead image".
std::optional<model::Credit> parse_credit_line(std::string_view paragraph, model::SourcePos pos);

} // namespace galley::read
