#pragma once

#include "model/book.hpp"

namespace galley::transform {

// Gives every article an id ("ch001", "ch002", ... in reading order) and
// every heading an id unique in the whole book, derived from its text
// ("ch001-current-executions"; "ch001-s2" for an article's second heading
// when its text has non-ASCII letters: ids stay ASCII), so links stay
// stable between builds and the
// print writer can merge all articles into one document.
void assign_ids(model::Book& book);

} // namespace galley::transform
