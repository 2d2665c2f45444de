#include "transform/ids.hpp"

#include "util/text.hpp"

#include <cstdio>
#include <set>
#include <string>

namespace galley::transform {

namespace {

std::string unique(std::string base, std::set<std::string>& taken) {
    std::string id = base;
    for (int n = 2; !taken.insert(id).second; ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

// Iterative over the block tree: readers cap nesting, but this keeps the
// transform safe on any model.
void heading_ids(model::Blocks& blocks, const std::string& prefix, std::set<std::string>& taken) {
    std::vector<model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        for (model::Block& b : *list) {
            if (b.kind == model::Block::Kind::Heading)
                b.id =
                    unique(prefix + "-" + util::slugify(model::plain_text(b.inlines), 40), taken);
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
}

} // namespace

void assign_ids(model::Book& book) {
    std::set<std::string> taken;
    int n = 0;
    for (model::Article& a : book.articles) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "ch%03d", ++n);
        a.id = unique(buf, taken);
        heading_ids(a.blocks, a.id, taken);
    }
}

} // namespace galley::transform
