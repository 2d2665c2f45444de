#include "write/tables.hpp"

#include "util/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write {

namespace {

using model::Block;

const char* align_class(Block::Align a) {
    switch (a) {
    case Block::Align::Left:
        return "align-start";
    case Block::Align::Center:
        return "align-center";
    case Block::Align::Right:
        return "align-end";
    case Block::Align::None:
        break;
    }
    return nullptr;
}

// A figure as tables print them: digits with grouping and decimal marks, an
// optional sign, currency or percent ("1,500", "-3.2 %", "$12", "٢٥١").
bool is_number(std::string_view s) {
    s = util::trim(s);
    bool digit = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') {
            digit = true;
            ++i;
        } else if (c == ',' || c == '.' || c == ' ' || c == '%' || c == '+' || c == '-' ||
                   c == '$' || c == '(' || c == ')') {
            ++i;
        } else if (c >= 0x80) {
            // Arabic-Indic and Persian digits (U+0660-0669, U+06F0-06F9),
            // their separators (U+066B, U+066C), the minus sign, euro, pound.
            std::string_view rest = s.substr(i);
            bool known = false;
            for (std::string_view d : {"\u2212", "\u20AC", "\u00A3", "\u066B", "\u066C", "\u00A0",
                                       "\u202F"}) {
                if (rest.starts_with(d)) {
                    i += d.size();
                    known = true;
                    break;
                }
            }
            if (known) continue;
            if (rest.size() >= 2 && ((rest[0] == '\xD9' && static_cast<unsigned char>(rest[1]) >= 0xA0 &&
                                      static_cast<unsigned char>(rest[1]) <= 0xA9) ||
                                     (rest[0] == '\xDB' && static_cast<unsigned char>(rest[1]) >= 0xB0 &&
                                      static_cast<unsigned char>(rest[1]) <= 0xB9))) {
                digit = true;
                i += 2;
                continue;
            }
            return false;
        } else {
            return false;
        }
    }
    return digit;
}

int span_of(const Block& cell) {
    return cell.level > 1 ? cell.level : 1;
}

// Per column: every non-empty body cell is a number (and there is one).
std::vector<bool> numeric_columns(const Block& table) {
    std::vector<int> state; // 0 unseen, 1 numbers so far, -1 not numeric
    for (const Block& row : table.children) {
        if (row.kind != Block::Kind::TableRow || row.header) continue;
        std::size_t col = 0;
        for (const Block& cell : row.children) {
            if (cell.kind != Block::Kind::TableCell) continue;
            const std::string text = model::plain_text(cell.inlines);
            if (state.size() <= col) state.resize(col + 1, 0);
            if (!cell.header && !util::trim(text).empty() && span_of(cell) == 1)
                state[col] = state[col] >= 0 && is_number(text) ? 1 : -1;
            col += static_cast<std::size_t>(span_of(cell));
        }
    }
    std::vector<bool> out(state.size());
    for (std::size_t i = 0; i < state.size(); ++i)
        out[i] = state[i] == 1;
    return out;
}

void row(const Block& r, bool in_head, const Block& table, const std::vector<bool>& numeric,
         MarkupSink& out, const std::function<void(const model::Inlines&)>& inlines) {
    out.open("tr");
    std::size_t col = 0;
    for (const Block& cell : r.children) {
        if (cell.kind != Block::Kind::TableCell) continue;
        const bool th = in_head || cell.header;
        out.open(th ? "th" : "td");
        if (th) out.attribute("scope", in_head ? "col" : "row");
        if (span_of(cell) > 1) out.attribute("colspan", std::to_string(span_of(cell)));
        std::string cls;
        const Block::Align a = col < table.aligns.size() ? table.aligns[col] : Block::Align::None;
        if (const char* c = align_class(a)) cls = c;
        if (!in_head && col < numeric.size() && numeric[col] && span_of(cell) == 1)
            cls += cls.empty() ? "num" : " num";
        if (!cls.empty()) out.attribute("class", cls);
        inlines(cell.inlines);
        out.close();
        col += static_cast<std::size_t>(span_of(cell));
    }
    out.close();
}

} // namespace

void render_table(const Block& table, MarkupSink& out,
                  const std::function<void(const model::Inlines&)>& inlines) {
    const std::vector<bool> numeric = numeric_columns(table);
    out.open("div");
    out.attribute("class", "table-wrap");
    out.open("table");
    if (!table.inlines.empty()) {
        out.open("caption");
        inlines(table.inlines);
        out.close();
    }
    // Header rows come first (model/block.hpp); any later one stays in the body.
    std::size_t i = 0;
    const auto& rows = table.children;
    if (i < rows.size() && rows[i].kind == Block::Kind::TableRow && rows[i].header) {
        out.open("thead");
        for (; i < rows.size() && rows[i].kind == Block::Kind::TableRow && rows[i].header; ++i)
            row(rows[i], true, table, numeric, out, inlines);
        out.close();
    }
    bool body_open = false;
    for (; i < rows.size(); ++i) {
        if (rows[i].kind != Block::Kind::TableRow) continue;
        if (!body_open) out.open("tbody");
        body_open = true;
        row(rows[i], false, table, numeric, out, inlines);
    }
    if (body_open) out.close();
    out.close();
    out.close();
}

} // namespace galley::write
