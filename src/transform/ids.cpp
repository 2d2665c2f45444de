#include "transform/ids.hpp"

#include "transform/notes.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace galley::transform {

namespace {

// Ids taken so far, and per base the next suffix to try: a book with
// thousands of identical headings ("Notes") stays linear instead of retrying
// "-2", "-3", ... from the start for each one.
struct Taken {
    std::set<std::string> ids;
    std::map<std::string, int> next_suffix;
};

std::string unique(std::string base, Taken& taken) {
    if (taken.ids.insert(base).second) return base;
    int& n = taken.next_suffix[base];
    for (n = std::max(n, 2);; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (taken.ids.insert(id).second) {
            ++n;
            return id;
        }
    }
}

// Iterative over the block tree: readers cap nesting, but this keeps the
// transform safe on any model.
void heading_ids(model::Blocks& blocks, const std::string& prefix, Taken& taken) {
    std::vector<model::Blocks*> todo{&blocks};
    int n = 0; // headings so far, for numbered ids
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        for (model::Block& b : *list) {
            if (b.kind == model::Block::Kind::Heading) {
                // ASCII only: older Adobe-based and Kindle readers break on
                // other ids, so a heading in another script is numbered.
                ++n;
                std::string slug = util::slugify(model::plain_text(b.inlines), 40);
                if (std::any_of(slug.begin(), slug.end(),
                                [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
                    slug = "s" + std::to_string(n);
                b.id = unique(prefix + "-" + slug, taken);
            }
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
}

// Notes: "ch003-fn2", and the ids of the references to it that the writers
// give for back-links ("ch003-fn2-ref", then "-ref-2", ...) are reserved too,
// so no heading can take them. Before the headings: a note's id stays the
// predictable one.
void note_ids(model::Article& a, Taken& taken) {
    std::map<std::string, model::Note*> by_label;
    std::map<const model::Note*, int> refs;
    for (model::Note& n : a.notes) {
        n.id = unique(a.id + "-fn" + std::to_string(n.number), taken);
        by_label.emplace(util::to_lower_ascii(n.label), &n);
    }
    for_each_note_ref(a, [&](model::Inline& ref) {
        const auto it = by_label.find(util::to_lower_ascii(ref.text));
        if (it == by_label.end()) return; // number_notes did not run
        ref.url = it->second->id;
        const int k = ++refs[it->second];
        taken.ids.insert(model::note_ref_id(it->second->id, k));
    });
}

} // namespace

void assign_ids(model::Book& book) {
    Taken taken;
    int n = 0;
    for (model::Article& a : book.articles) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "ch%03d", ++n);
        a.id = unique(buf, taken);
        note_ids(a, taken);
        heading_ids(a.blocks, a.id, taken);
    }
}

} // namespace galley::transform
