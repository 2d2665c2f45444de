#include "read/text/book_roles.hpp"

#include "util/text.hpp"

namespace galley::read::text {

namespace {

using model::Block;

constexpr std::size_t max_epigraph_words = 60;
constexpr std::size_t max_attribution_words = 12;
constexpr std::size_t max_dedication_words = 40;

std::string text_of(const Block& b) {
    if (b.kind != Block::Kind::LineBlock) return model::plain_text(b.inlines);
    std::string out;
    for (const Block& line : b.children)
        out += model::plain_text(line.inlines) + " ";
    return out;
}

bool is_text(const Block& b) {
    return b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::LineBlock;
}

// "— Percy Bysshe Shelley", "-- Milton", "- Anon."
bool is_attribution(const Block& b) {
    if (b.kind != Block::Kind::Paragraph) return false;
    const std::string t = text_of(b);
    const bool dash = t.starts_with("\xE2\x80\x94") || t.starts_with("\xE2\x80\x93") ||
                      t.starts_with("--") || t.starts_with("- ");
    return dash && util::count_words(t) <= max_attribution_words;
}

bool is_dedication(const Block& b) {
    if (!is_text(b)) return false;
    const std::string t = text_of(b);
    return (util::starts_with_icase(t, "to ") || util::starts_with_icase(t, "dedicated to ") ||
            util::starts_with_icase(t, "for my ")) &&
           util::count_words(t) <= max_dedication_words && t.find('?') == std::string::npos;
}

} // namespace

std::size_t mark_book_roles(model::Blocks& blocks) {
    std::size_t marked = 0;
    // The dedication: before the first heading.
    for (Block& b : blocks) {
        if (b.kind == Block::Kind::Heading) break;
        if (b.role.empty() && is_dedication(b)) {
            b.role = "dedication";
            ++marked;
            break;
        }
    }
    // Epigraphs: a short quotation and its attribution opening the text or a
    // section.
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        const bool opening = i == 0 || blocks[i - 1].kind == Block::Kind::Heading;
        Block& quote = blocks[i];
        if (!opening || !is_text(quote) || (!quote.role.empty() && quote.role != "verse") ||
            util::count_words(text_of(quote)) > max_epigraph_words || !is_attribution(blocks[i + 1]))
            continue;
        quote.role = "epigraph";
        blocks[i + 1].role = "attribution";
        marked += 2;
    }
    return marked;
}

} // namespace galley::read::text
