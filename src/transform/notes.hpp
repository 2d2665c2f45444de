#pragma once
// Notes: numbering per article and the check of every reference.

#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <functional>

namespace galley::transform {

// Numbers each article's notes 1, 2, ... in the order of their first
// reference (the body first, then the notes themselves), restarting in each
// article, and sorts Article::notes by number. Labels match ignoring ASCII
// case. A reference to a label no note has is a warning naming file:line and
// becomes its text as written ("[^label]"); a note nothing refers to keeps a
// number after the others, still shows, and is a warning. A second note with
// the same label is treated as unreferenced. Runs before assign_ids.
void number_notes(model::Book& book, model::Diagnostics& diags);

// Calls `fn` for every NoteRef of `article`, in reading order: the body, then
// the notes in their order. Iterative: any nesting is safe.
void for_each_note_ref(model::Article& article, const std::function<void(model::Inline&)>& fn);

} // namespace galley::transform
