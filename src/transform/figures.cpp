#include "transform/figures.hpp"

#include "transform/each_article.hpp"
#include "util/text.hpp"

#include <vector>

namespace galley::transform {

namespace {

using model::Block;
using model::Inline;

constexpr std::size_t max_caption_bytes = 300;

bool is_blank_text(const Inline& in) {
    return in.kind == Inline::Kind::Text && util::trim(in.text).empty();
}

// The paragraph holds one image and nothing else but white space.
bool is_standalone_image(const Block& b) {
    if (b.kind != Block::Kind::Paragraph) return false;
    int images = 0;
    for (const Inline& in : b.inlines) {
        if (in.kind == Inline::Kind::Image)
            ++images;
        else if (!is_blank_text(in))
            return false;
    }
    return images == 1;
}

// The paragraph is one run of italics (white space around it aside).
const Inline* sole_emphasis(const Block& b) {
    if (b.kind != Block::Kind::Paragraph) return nullptr;
    const Inline* found = nullptr;
    for (const Inline& in : b.inlines) {
        if (in.kind == Inline::Kind::Emphasis && !found)
            found = &in;
        else if (!is_blank_text(in))
            return nullptr;
    }
    return found;
}

void shape(model::Blocks& blocks, model::Diagnostics& diags) {
    model::Blocks out;
    out.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& b = blocks[i];
        if (b.kind == Block::Kind::Heading && util::trim(model::plain_text(b.inlines)).empty()) {
            diags.warn(b.pos, "empty heading dropped");
            continue;
        }
        if (!is_standalone_image(b)) {
            out.push_back(std::move(b));
            continue;
        }
        Block figure;
        figure.kind = Block::Kind::Figure;
        figure.pos = b.pos;
        figure.children.push_back(std::move(b));
        if (i + 1 < blocks.size()) {
            const Inline* em = sole_emphasis(blocks[i + 1]);
            if (em && !em->children.empty() &&
                model::plain_text(em->children).size() <= max_caption_bytes) {
                figure.inlines = em->children;
                ++i;
            }
        }
        out.push_back(std::move(figure));
    }
    blocks = std::move(out);
}

} // namespace

void shape_figures(model::Book& book, model::Diagnostics& diags, unsigned threads) {
    each_article(book.articles, threads, diags, [](model::Article& a, model::Diagnostics& found) {
        std::vector<model::Blocks*> todo{&a.blocks};
        while (!todo.empty()) {
            model::Blocks* list = todo.back();
            todo.pop_back();
            shape(*list, found);
            for (Block& b : *list)
                if (b.kind == Block::Kind::BlockQuote) todo.push_back(&b.children);
        }
    });
}

} // namespace galley::transform
