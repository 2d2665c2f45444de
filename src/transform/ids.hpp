#pragma once

#include "model/book.hpp"

namespace galley::transform {

// Gives every article an id ("ch001", "ch002", ... in reading order) and
// every heading an id unique in the whole book, derived from its text
// ("ch001-current-executions"; "ch001-s2" for an article's second heading
// when its text has non-ASCII letters: ids stay ASCII), so links stay
// stable between builds and the
// print writer can merge all articles into one document.
// Notes get "ch001-fn2" (after transform::number_notes), and each NoteRef's
// `url` becomes its note's id; the ids of the references themselves
// (model::note_ref_id) are reserved, so back-links stay unique too.
void assign_ids(model::Book& book);

} // namespace galley::transform
