#pragma once
// Tables, for both back ends: part of the XHTML renderer (write/xhtml.cpp).

#include "model/block.hpp"
#include "write/markup_sink.hpp"

#include <functional>

namespace galley::write {

// Emits a Table block as `<div class="table-wrap"><table>`: the caption,
// header rows in <thead> with <th scope="col">, the other rows in <tbody>
// (a header cell there is <th scope="row">), a column span as `colspan`.
// Alignment is a class on each cell (`align-start`, `align-center`,
// `align-end`: logical, so right-to-left text mirrors it; never the `align`
// attribute, which EPUB 3 forbids). A column whose body cells all hold
// numbers gets `num` on them (tabular figures, aligned at the end unless the
// author chose an alignment). `inlines` renders a cell's or the caption's
// content. Children that are not rows (or not cells) are skipped: readers
// never produce them (see model/block.hpp).
void render_table(const model::Block& table, MarkupSink& out,
                  const std::function<void(const model::Inlines&)>& inlines);

} // namespace galley::write
