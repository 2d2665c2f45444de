#pragma once
// Bare web addresses in plain text ("see https://example.org/report."):
// links, as GFM's autolink extension makes them in Markdown. Internal to the
// plain-text reader.

#include "model/block.hpp"

#include <string_view>

namespace galley::read::text {

// Splits `text` into Text and Link inlines. An address starts a word (after
// the start, a space or opening punctuation: `(`, `[`, `<`, quotes) with
// `http://`, `https://` (any case) or `www.` (linked as `http://www.`), and
// runs to the next space or `<`, `>`, `"`. Punctuation that ends the
// sentence rather than the address stays outside the link: trailing `.`,
// `,`, `;`, `:`, `!`, `?`, quotes, and a `)` or `]` without its opening
// bracket inside the address. The link's text is the address as written.
model::Inlines link_addresses(std::string_view text);

// Applies link_addresses to the Text inlines of every block that is not a
// heading or code (in emphasis too; nested blocks included, iteratively).
// Returns how many links were made.
std::size_t apply_autolinks(model::Blocks& blocks);

} // namespace galley::read::text
