#pragma once
// Editorial roles in a book's plain text: an epigraph (a short quotation and
// its attribution right after a heading or the title) and a dedication (a
// "To ..." block before the first heading). Internal to the plain-text reader.

#include "model/block.hpp"

namespace galley::read::text {

// Sets Block::role to "epigraph" / "attribution" / "dedication". Only call
// for a book (its headings follow a scheme): news text is left alone.
// Returns how many blocks got a role. Linear.
std::size_t mark_book_roles(model::Blocks& blocks);

} // namespace galley::read::text
