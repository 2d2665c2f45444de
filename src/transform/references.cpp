#include "transform/references.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace galley::transform {

namespace {

using model::Block;

// Heading texts, lowercased (ASCII), without a closing colon.
constexpr std::array<std::string_view, 32> names = {
    "references", "notes", "sources", "bibliography", "works cited", "endnotes",
    "notes and references", "further reading", "références", "sources et références",
    "bibliographie", "quellen", "literatur", "einzelnachweise", "anmerkungen",
    "referencias", "notas", "fuentes", "bibliografía", "riferimenti", "fonti", "note",
    "bibliografia", "منابع", "منابع و یادداشت‌ها", "یادداشت‌ها", "پانویس‌ها", "پی‌نوشت‌ها",
    "المراجع", "المصادر", "الهوامش", "مراجع"};

bool names_a_list(const Block& heading) {
    std::string text = util::to_lower_ascii(util::trim(model::plain_text(heading.inlines)));
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    return std::find(names.begin(), names.end(), text) != names.end();
}

// `[12]`, `12.`, `(12)`, `12)` then a space: an entry's marker.
bool starts_with_marker(const Block& p) {
    const std::string text(util::trim(model::plain_text(p.inlines)));
    std::size_t i = 0;
    char close = 0;
    if (i < text.size() && (text[i] == '[' || text[i] == '(')) close = text[i++] == '[' ? ']' : ')';
    const std::size_t digits = i;
    while (i < text.size() && i - digits < 4 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits || i >= text.size()) return false;
    if (close) {
        if (text[i] != close) return false;
    } else if (text[i] != '.' && text[i] != ')') {
        return false;
    }
    return i + 1 < text.size() && text[i + 1] == ' ';
}

void mark_section(model::Blocks& blocks, std::size_t heading) {
    const int level = blocks[heading].level;
    std::size_t end = heading + 1;
    while (end < blocks.size() &&
           !(blocks[end].kind == Block::Kind::Heading && blocks[end].level <= level))
        ++end;
    const auto first = blocks.begin() + static_cast<std::ptrdiff_t>(heading + 1);
    const auto last = blocks.begin() + static_cast<std::ptrdiff_t>(end);
    if (first == last) return;
    const bool entries = std::distance(first, last) >= 2 &&
                         std::all_of(first, last, [](const Block& b) {
                             return b.kind == Block::Kind::Paragraph && b.role.empty() &&
                                    starts_with_marker(b);
                         });
    const bool list = std::distance(first, last) == 1 && first->kind == Block::Kind::List &&
                      first->role.empty();
    if (!entries && !list) return;
    for (auto it = first; it != last; ++it)
        it->role = "references";
}

} // namespace

void mark_references(model::Book& book) {
    for (model::Article& a : book.articles)
        for (std::size_t i = 0; i < a.blocks.size(); ++i)
            if (a.blocks[i].kind == Block::Kind::Heading && names_a_list(a.blocks[i]))
                mark_section(a.blocks, i);
}

} // namespace galley::transform
