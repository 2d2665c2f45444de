#pragma once
// The licence recogniser: free text ("CC BY-SA 4.0", "Creative Commons
// Attribution-ShareAlike 4.0 International", "CommonsCC BY-SA 4.0.",
// "public domain", "© Jane Doe") to a canonical licence with its SPDX id and
// the URL of its deed.

#include "model/credit.hpp"

#include <optional>
#include <string_view>

namespace galley::read {

struct LicenceMatch {
    model::Licence licence;
    std::size_t begin = 0; // where the licence text starts in the input
    std::size_t end = 0;   // one past its end
};

// Finds the first licence mentioned in `text`. Creative Commons licences
// BY, BY-SA, BY-ND, BY-NC, BY-NC-SA, BY-NC-ND in versions 1.0, 2.0, 2.5,
// 3.0, 4.0 (with or without "CC", spaced or hyphenated, glued to the word
// before), CC0, the Public Domain Mark / "public domain", GNU FDL, and
// "all rights reserved" / "©" / "(c)". Returns nothing when none is found.
std::optional<LicenceMatch> find_licence(std::string_view text);

// find_licence's licence, or {"unknown"} with no SPDX id and no URL.
model::Licence recognise_licence(std::string_view text);

// The licence whose deed is at `url` ("https://creativecommons.org/licenses/
// by-sa/4.0/", with or without scheme, "www.", trailing slash or a "deed.en"
// page; CC0, the Public Domain Mark, the GNU FDL), with the canonical URL;
// empty when the URL is none of them.
model::Licence licence_from_url(std::string_view url);

} // namespace galley::read
