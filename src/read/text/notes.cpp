#include "read/text/notes.hpp"

#include "util/text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read::text {

namespace {

using model::Block;
using model::Inline;

constexpr int max_notes = 999;

bool is_notes_title(std::string_view text) {
    std::string t(util::trim(text));
    while (!t.empty() && (t.back() == ':' || t.back() == ' '))
        t.pop_back();
    const std::string lower = util::to_lower_ascii(t);
    static const char* const titles[] = {
        "notes", "references", "sources", "endnotes", "footnotes", "notes and references",
        // fr
        "r\u00e9f\u00e9rences", "notes et r\u00e9f\u00e9rences", "notes de bas de page",
        // de
        "anmerkungen", "quellen", "fu\u00dfnoten", "einzelnachweise", "endnoten",
        // fa
        "\u0645\u0646\u0627\u0628\u0639",                                   // منابع
        "\u06cc\u0627\u062f\u062f\u0627\u0634\u062a\u200c\u0647\u0627",    // یادداشت‌ها
        "\u06cc\u0627\u062f\u062f\u0627\u0634\u062a\u0647\u0627",          // یادداشتها
        "\u067e\u0627\u0646\u0648\u06cc\u0633",                             // پانویس
        "\u067e\u0627\u0646\u0648\u0634\u062a\u200c\u0647\u0627",          // پانوشت‌ها
        "\u067e\u06cc\u200c\u0646\u0648\u0634\u062a\u200c\u0647\u0627",    // پی‌نوشت‌ها
        "\u067e\u06cc\u200c\u0646\u0648\u0634\u062a",                      // پی‌نوشت
        // ar
        "\u0627\u0644\u0645\u0631\u0627\u062c\u0639",                       // المراجع
        "\u0627\u0644\u0645\u0635\u0627\u062f\u0631",                       // المصادر
        "\u0627\u0644\u0647\u0648\u0627\u0645\u0634",                       // الهوامش
        "\u0645\u0644\u0627\u062d\u0638\u0627\u062a",                       // ملاحظات
    };
    for (const char* title : titles)
        if (lower == title) return true;
    return false;
}

// ---- Markers ---------------------------------------------------------------

enum class Style { Bracket, Superscript, Paren };

int superscript_digit(std::string_view s, std::size_t i, std::size_t& len) {
    if (s.substr(i, 2) == "\u00b9") return len = 2, 1;
    if (s.substr(i, 2) == "\u00b2") return len = 2, 2;
    if (s.substr(i, 2) == "\u00b3") return len = 2, 3;
    if (s.substr(i, 3) == "\u2070") return len = 3, 0;
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x81' &&
        static_cast<unsigned char>(s[i + 2]) >= 0xB4 && static_cast<unsigned char>(s[i + 2]) <= 0xB9)
        return len = 3, static_cast<unsigned char>(s[i + 2]) - 0xB0;
    return -1;
}

// 1 to 3 ASCII digits at `i`, not 0: the number, and `i` moved past them.
std::optional<int> digits(std::string_view s, std::size_t& i) {
    std::size_t j = i;
    int n = 0;
    while (j < s.size() && j - i < 4 && s[j] >= '0' && s[j] <= '9')
        n = n * 10 + (s[j++] - '0');
    if (j == i || j - i > 3 || (j < s.size() && s[j] >= '0' && s[j] <= '9') || n == 0)
        return std::nullopt;
    i = j;
    return n;
}

struct Marker {
    std::size_t at = 0, len = 0;
    int number = 0;
};

// The next marker of `style` in `s` from `from`.
std::optional<Marker> next_marker(std::string_view s, std::size_t from, Style style) {
    for (std::size_t i = from; i < s.size(); ++i) {
        if (style == Style::Superscript) {
            std::size_t len = 0;
            int d = superscript_digit(s, i, len);
            if (d < 0) continue;
            // Attached to a word or punctuation: "killed.¹", not a lone "²".
            if (i == 0 || s[i - 1] == ' ') continue;
            Marker m{i, 0, 0};
            std::size_t j = i;
            while (j < s.size() && (d = superscript_digit(s, j, len)) >= 0 && j - i < 9) {
                m.number = m.number * 10 + d;
                j += len;
            }
            m.len = j - i;
            if (m.number > 0 && m.number <= max_notes) return m;
            i = j - 1;
            continue;
        }
        const char open = style == Style::Bracket ? '[' : '(';
        const char close = style == Style::Bracket ? ']' : ')';
        if (s[i] != open) continue;
        // A parenthesised number is a marker only attached to the text
        // before it ("killed(1)", "killed.(1)"), not an enumeration "(1)".
        if (style == Style::Paren && (i == 0 || s[i - 1] == ' ')) continue;
        std::size_t j = i + 1;
        const auto n = digits(s, j);
        if (!n || j >= s.size() || s[j] != close) continue;
        return Marker{i, j + 1 - i, *n};
    }
    return std::nullopt;
}

// The top-level text runs of `blocks` where markers may stand: not in block
// quotes (a quotation's markers are its own) nor code. Iterative.
std::vector<Inline*> marker_runs(model::Blocks& blocks) {
    std::vector<Inline*> runs;
    std::vector<Block*> todo;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
        todo.push_back(&*it);
    while (!todo.empty()) {
        Block* b = todo.back();
        todo.pop_back();
        if (b->kind == Block::Kind::BlockQuote || b->kind == Block::Kind::CodeBlock) continue;
        for (Inline& in : b->inlines)
            if (in.kind == Inline::Kind::Text) runs.push_back(&in);
        for (auto it = b->children.rbegin(); it != b->children.rend(); ++it)
            todo.push_back(&*it);
    }
    return runs;
}

// ---- Entries ---------------------------------------------------------------

// An entry's number at the start of `s` ("[3] ", "(3) ", "3. ", "3) ", "³ ",
// "^3 "), and the length of the marker and its space.
std::optional<Marker> entry_marker(std::string_view s) {
    std::size_t i = 0;
    if (std::size_t len = 0; superscript_digit(s, 0, len) >= 0) {
        auto m = next_marker(" " + std::string(s), 0, Style::Superscript);
        if (!m || m->at != 1) return std::nullopt;
        i = m->len;
        if (i < s.size() && s[i] != ' ') return std::nullopt;
        return Marker{0, std::min(i + 1, s.size()), m->number};
    }
    const bool bracket = !s.empty() && (s[0] == '[' || s[0] == '(');
    if (bracket || (!s.empty() && s[0] == '^')) i = 1;
    const auto n = digits(s, i);
    if (!n) return std::nullopt;
    if (bracket) {
        if (i >= s.size() || s[i] != (s[0] == '[' ? ']' : ')')) return std::nullopt;
        ++i;
    } else if (s[0] != '^') {
        if (i >= s.size() || (s[i] != '.' && s[i] != ')')) return std::nullopt;
        ++i;
    }
    if (i < s.size() && s[i] != ' ') return std::nullopt;
    return Marker{0, std::min(i + 1, s.size()), *n};
}

struct Entry {
    int number = 0;
    model::Blocks blocks;
    model::SourcePos pos;
};

// Splits a paragraph that holds several entries run together ("[1] A. [2]
// B.": lines joined by the paragraph builder) at each next number's marker.
std::vector<std::string> split_run_together(std::string_view text, int first) {
    std::vector<std::string> parts;
    const char open = text[0];
    const char close = open == '[' ? ']' : open == '(' ? ')' : 0;
    std::size_t start = 0;
    int next = first + 1;
    if (close) {
        for (;;) {
            const std::string needle =
                std::string(" ") + open + std::to_string(next) + close + " ";
            const std::size_t at = text.find(needle, start);
            if (at == std::string_view::npos) break;
            parts.emplace_back(text.substr(start, at - start));
            start = at + 1;
            ++next;
        }
    }
    parts.emplace_back(text.substr(start));
    return parts;
}

// The entries after the heading, or why there are none.
std::optional<std::vector<Entry>> read_entries(const model::Blocks& blocks, std::size_t from,
                                               std::string& why) {
    std::vector<Entry> entries;
    for (std::size_t i = from; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.kind == Block::Kind::List && b.ordered) {
            int n = b.start;
            for (const Block& item : b.children) {
                entries.push_back({n++, item.children, item.pos});
            }
            continue;
        }
        const bool plain_text = b.kind == Block::Kind::Paragraph && b.inlines.size() == 1 &&
                                b.inlines[0].kind == Inline::Kind::Text;
        const std::string text = plain_text ? b.inlines[0].text : std::string();
        const auto m = plain_text ? entry_marker(text) : std::nullopt;
        if (!m) {
            // A paragraph after an entry continues it.
            if (!entries.empty() && b.kind == Block::Kind::Paragraph) {
                entries.back().blocks.push_back(b);
                continue;
            }
            why = "line " + std::to_string(b.pos.line) + " under the heading is not a numbered entry";
            return std::nullopt;
        }
        int n = m->number;
        for (const std::string& part : split_run_together(text, n)) {
            const auto pm = entry_marker(part);
            const std::string rest(util::trim(std::string_view(part).substr(pm ? pm->len : 0)));
            entries.push_back({pm ? pm->number : n, {model::make_paragraph({Inline::make_text(rest)}, b.pos)}, b.pos});
            ++n;
        }
    }
    if (entries.empty()) {
        why = "no numbered entries under the heading";
        return std::nullopt;
    }
    for (std::size_t k = 0; k < entries.size(); ++k) {
        if (entries[k].number != static_cast<int>(k) + 1) {
            why = "the entries are not numbered 1 to " + std::to_string(entries.size()) +
                  " (line " + std::to_string(entries[k].pos.line) + ")";
            return std::nullopt;
        }
    }
    return entries;
}

const char* style_name(Style s) {
    switch (s) {
    case Style::Bracket:
        return "[1]";
    case Style::Superscript:
        return "\u00b9";
    case Style::Paren:
        return "(1)";
    }
    return "";
}

// Whether the markers of `style` match `count` entries one to one; if not, why.
bool markers_match(const std::vector<Inline*>& runs, Style style, int count, std::string& why,
                   bool& any) {
    std::vector<bool> cited(static_cast<std::size_t>(count) + 1, false);
    int expected = 1; // the next number to be cited for the first time
    any = false;
    for (const Inline* run : runs) {
        for (auto m = next_marker(run->text, 0, style); m;
             m = next_marker(run->text, m->at + m->len, style)) {
            any = true;
            if (m->number > count) {
                why = "marker " + std::string(run->text.substr(m->at, m->len)) +
                      " has no entry (" + std::to_string(count) + " entries)";
                return false;
            }
            if (cited[m->number]) continue;
            if (m->number != expected) {
                why = "marker " + std::to_string(m->number) + " is cited before marker " +
                      std::to_string(expected);
                return false;
            }
            cited[m->number] = true;
            ++expected;
        }
    }
    if (!any) return false;
    if (expected <= count) {
        why = "entry " + std::to_string(expected) + " is never cited in the text";
        return false;
    }
    return true;
}

} // namespace

void link_notes(model::Blocks& blocks, std::vector<model::Note>& notes, const std::string& path,
                model::Diagnostics& diags) {
    // The notes heading: the last heading or one-line paragraph that names
    // notes; everything after it must be its entries.
    std::size_t h = blocks.size();
    for (std::size_t i = blocks.size(); i > 0; --i) {
        const Block& b = blocks[i - 1];
        if ((b.kind == Block::Kind::Heading || b.kind == Block::Kind::Paragraph) &&
            is_notes_title(model::plain_text(b.inlines))) {
            h = i - 1;
            break;
        }
    }
    if (h == blocks.size()) {
        // Markers without a notes section: said once, for --inspect.
        for (Inline* run : marker_runs(blocks)) {
            if (next_marker(run->text, 0, Style::Bracket)) {
                diags.note({path, 0}, "notes not linked: markers like [1] in the text, but no "
                                      "Notes or References section at the end");
                return;
            }
        }
        return;
    }
    const model::SourcePos where = blocks[h].pos;
    std::string why;
    auto entries = read_entries(blocks, h + 1, why);
    if (!entries) {
        diags.note(where, "notes not linked: " + why);
        return;
    }
    model::Blocks tail(blocks.begin() + static_cast<std::ptrdiff_t>(h), blocks.end());
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(h), blocks.end());
    const std::vector<Inline*> runs = marker_runs(blocks);
    const int count = static_cast<int>(entries->size());
    std::optional<Style> chosen;
    std::string reason;
    for (Style style : {Style::Bracket, Style::Superscript, Style::Paren}) {
        bool any = false;
        std::string style_why;
        if (markers_match(runs, style, count, style_why, any)) {
            chosen = style;
            break;
        }
        if (any && reason.empty()) reason = style_why;
    }
    if (!chosen) {
        blocks.insert(blocks.end(), std::make_move_iterator(tail.begin()),
                      std::make_move_iterator(tail.end()));
        diags.note(where, "notes not linked: " +
                              (reason.empty() ? std::string("no [1], \u00b9 or (1) markers in the text")
                                              : reason));
        return;
    }
    // Each marker becomes a reference: text runs split around them.
    std::vector<Block*> todo;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
        todo.push_back(&*it);
    while (!todo.empty()) {
        Block* b = todo.back();
        todo.pop_back();
        if (b->kind == Block::Kind::BlockQuote || b->kind == Block::Kind::CodeBlock) continue;
        model::Inlines out;
        for (Inline& in : b->inlines) {
            if (in.kind != Inline::Kind::Text) {
                out.push_back(std::move(in));
                continue;
            }
            std::string_view t = in.text;
            std::size_t from = 0;
            for (auto m = next_marker(t, 0, *chosen); m; m = next_marker(t, m->at + m->len, *chosen)) {
                // "evidence [1]." reads "evidence¹.": the space before goes.
                std::string before(t.substr(from, m->at - from));
                while (!before.empty() && before.back() == ' ')
                    before.pop_back();
                if (!before.empty()) out.push_back(Inline::make_text(std::move(before)));
                Inline ref{Inline::Kind::NoteRef, std::to_string(m->number), {}, {}};
                ref.line = b->pos.line;
                out.push_back(std::move(ref));
                from = m->at + m->len;
            }
            if (from < t.size()) out.push_back(Inline::make_text(std::string(t.substr(from))));
        }
        b->inlines = std::move(out);
        for (auto it = b->children.rbegin(); it != b->children.rend(); ++it)
            todo.push_back(&*it);
    }
    for (Entry& e : *entries) {
        model::Note n;
        n.label = std::to_string(e.number);
        n.blocks = std::move(e.blocks);
        n.pos = e.pos;
        notes.push_back(std::move(n));
    }
    diags.note(where, "notes linked: " + std::string(style_name(*chosen)) + " markers in the text to the " +
                          std::to_string(count) + " entries under \"" +
                          std::string(util::trim(model::plain_text(tail.front().inlines))) + "\"");
}

} // namespace galley::read::text
