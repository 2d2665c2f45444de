#include "transform/notes.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace galley::transform {

namespace {

using model::Block;
using model::Inline;

// Visits the NoteRefs of `blocks` in document order: an explicit stack, with
// children pushed in reverse so they pop in order.
template <class Fn> void refs_in(model::Blocks& blocks, Fn&& fn) {
    struct Item {
        Block* block = nullptr;
        Inline* inl = nullptr;
    };
    std::vector<Item> todo;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
        todo.push_back({&*it, nullptr});
    while (!todo.empty()) {
        const Item item = todo.back();
        todo.pop_back();
        if (item.inl) {
            if (item.inl->kind == Inline::Kind::NoteRef) fn(*item.inl);
            for (auto it = item.inl->children.rbegin(); it != item.inl->children.rend(); ++it)
                todo.push_back({nullptr, &*it});
            continue;
        }
        // A block's inlines come before its child blocks (a table's caption
        // before its cells).
        for (auto it = item.block->children.rbegin(); it != item.block->children.rend(); ++it)
            todo.push_back({&*it, nullptr});
        for (auto it = item.block->inlines.rbegin(); it != item.block->inlines.rend(); ++it)
            todo.push_back({nullptr, &*it});
    }
}

std::string key(const std::string& label) {
    return util::to_lower_ascii(label);
}

void number_article(model::Article& a, model::Diagnostics& diags) {
    std::map<std::string, std::size_t> by_label;
    std::vector<bool> duplicate(a.notes.size(), false);
    for (std::size_t i = 0; i < a.notes.size(); ++i) {
        a.notes[i].number = 0;
        if (!by_label.emplace(key(a.notes[i].label), i).second) {
            duplicate[i] = true;
            diags.warn(a.notes[i].pos, "a second note labelled [" + a.notes[i].label +
                                           "]: references go to the first one");
        }
    }
    int next = 0;
    std::vector<std::size_t> order; // note indices, in numbering order
    auto visit = [&](Inline& ref) {
        const auto it = by_label.find(key(ref.text));
        if (it == by_label.end()) {
            diags.warn({a.source.file, ref.line},
                       "reference to a missing note [^" + ref.text + "]: its text is kept");
            const std::string text = "[^" + ref.text + "]";
            ref = Inline::make_text(text);
            return;
        }
        model::Note& note = a.notes[it->second];
        if (note.number == 0) {
            note.number = ++next;
            order.push_back(it->second);
        }
    };
    refs_in(a.blocks, visit);
    // Notes may refer to notes: those number after the ones the body cites.
    for (std::size_t k = 0; k < order.size(); ++k)
        refs_in(a.notes[order[k]].blocks, visit);
    for (std::size_t i = 0; i < a.notes.size(); ++i) {
        if (a.notes[i].number != 0) continue;
        a.notes[i].number = ++next;
        order.push_back(i);
        if (!duplicate[i])
            diags.warn(a.notes[i].pos, "note [" + a.notes[i].label +
                                           "] is never referenced: shown after the others");
        for (std::size_t k = order.size() - 1; k < order.size(); ++k)
            refs_in(a.notes[order[k]].blocks, visit);
    }
    std::stable_sort(a.notes.begin(), a.notes.end(),
                     [](const model::Note& x, const model::Note& y) { return x.number < y.number; });
}

} // namespace

void number_notes(model::Book& book, model::Diagnostics& diags) {
    for (model::Article& a : book.articles) {
        bool any_ref = false;
        refs_in(a.blocks, [&](Inline&) { any_ref = true; });
        if (a.notes.empty() && !any_ref) continue;
        number_article(a, diags);
    }
}

void for_each_note_ref(model::Article& article, const std::function<void(model::Inline&)>& fn) {
    refs_in(article.blocks, fn);
    for (model::Note& n : article.notes)
        refs_in(n.blocks, fn);
}

} // namespace galley::transform
