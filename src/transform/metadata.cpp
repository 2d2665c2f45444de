#include "transform/metadata.hpp"

#include "util/hash.hpp"

#include <string>

namespace galley::transform {

namespace {

void append_blocks_text(const model::Blocks& blocks, std::string& out) {
    std::vector<const model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        const model::Blocks* list = todo.back();
        todo.pop_back();
        for (const model::Block& b : *list) {
            out += model::plain_text(b.inlines);
            out += b.text;
            out += '\n';
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
}

} // namespace

void complete_metadata(model::Book& book, model::Diagnostics& diags) {
    model::Metadata& m = book.meta;
    if (m.title.empty() && !book.articles.empty()) {
        // The book is named after its first article: its subtitle too.
        m.title = book.articles.front().title;
        if (m.subtitle.empty()) m.subtitle = book.articles.front().subtitle;
    }
    if (m.title.empty()) m.title = "Untitled";
    if (m.lang.empty()) m.lang = "en";
    if (m.identifier.empty()) {
        std::string name = m.title + '\n';
        for (const model::Person& p : m.authors)
            name += p.name + '\n';
        for (const model::Article& a : book.articles) {
            name += a.title + '\n';
            append_blocks_text(a.blocks, name);
        }
        // Asset hrefs carry a prefix of the image's SHA-256: new pictures, new book.
        for (const model::Asset& a : book.assets)
            name += a.href + '\n';
        m.identifier = "urn:uuid:" + util::uuid_v5(name);
    }
    (void)diags;
}

} // namespace galley::transform
