#include "write/notes.hpp"

#include "util/text.hpp"

#include <set>
#include <string>
#include <vector>

namespace galley::write {

namespace {

using model::Block;

// "Notes" in the article's language, for the languages galley knows;
// English otherwise.
std::string_view notes_heading(std::string_view lang) {
    static const std::pair<const char*, const char*> names[] = {
        {"ar", "\u0627\u0644\u0647\u0648\u0627\u0645\u0634"},                               // الهوامش
        {"de", "Anmerkungen"},
        {"es", "Notas"},
        {"fa", "\u06CC\u0627\u062F\u062F\u0627\u0634\u062A\u200C\u0647\u0627"},             // یادداشت‌ها
        {"fr", "Notes"},
        {"he", "\u05D4\u05E2\u05E8\u05D5\u05EA"},                                           // הערות
        {"it", "Note"},
        {"ur", "\u062D\u0648\u0627\u0634\u06CC"},                                           // حواشی
    };
    const std::string p = util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
    for (const auto& [code, name] : names)
        if (p == code) return name;
    return "Notes";
}

// The note's content as running text, for the print footnote, which sits
// inside a paragraph: each block's inlines in reading order (iterative),
// separated by a space; code as its text.
void flattened(const model::Note& note, MarkupSink& out, const NoteContent& content) {
    std::vector<const Block*> todo;
    for (auto it = note.blocks.rbegin(); it != note.blocks.rend(); ++it)
        todo.push_back(&*it);
    bool first = true;
    while (!todo.empty()) {
        const Block* b = todo.back();
        todo.pop_back();
        if (!b->inlines.empty() || !b->text.empty()) {
            if (!first) out.text(" ");
            first = false;
            content.inlines(b->inlines);
            if (b->kind == Block::Kind::CodeBlock) out.text(b->text);
        }
        for (auto it = b->children.rbegin(); it != b->children.rend(); ++it)
            todo.push_back(&*it);
    }
}

// The ids NoteRefs of `article` point at (body and notes), so that a note
// nothing refers to gets no back-link to nowhere.
std::set<std::string> referenced_ids(const model::Article& article) {
    std::set<std::string> out;
    std::vector<const model::Inlines*> runs;
    std::vector<const model::Blocks*> todo{&article.blocks};
    for (const model::Note& n : article.notes)
        todo.push_back(&n.blocks);
    while (!todo.empty()) {
        const model::Blocks* list = todo.back();
        todo.pop_back();
        for (const Block& b : *list) {
            runs.push_back(&b.inlines);
            todo.push_back(&b.children);
        }
    }
    while (!runs.empty()) {
        const model::Inlines* run = runs.back();
        runs.pop_back();
        for (const model::Inline& in : *run) {
            if (in.kind == model::Inline::Kind::NoteRef) out.insert(in.url);
            runs.push_back(&in.children);
        }
    }
    return out;
}

} // namespace

bool NoteRefs::footnoted(std::string_view id) const {
    return spanned_.count(id) > 0;
}

NoteRefs::NoteRefs(const model::Article& article) {
    for (const model::Note& n : article.notes)
        if (!n.id.empty()) by_id_.emplace(n.id, &n);
}

void NoteRefs::reference(const model::Inline& ref, MarkupSink& out, const NoteContent& content,
                         bool epub, bool footnote, bool in_link) {
    const auto it = by_id_.find(ref.url);
    if (it == by_id_.end()) {
        // Not numbered (a model that skipped the transforms): the label.
        out.text("[" + ref.text + "]");
        return;
    }
    const model::Note& note = *it->second;
    const std::string number = std::to_string(note.number);
    if (in_link || in_footnote_) {
        // No link inside a link, no footnote inside a footnote.
        out.open("sup", true);
        out.text(number);
        out.close();
        return;
    }
    const int k = ++emitted_[note.id];
    out.open("a", true);
    out.attribute("href", "#" + note.id);
    // Ids come from transform::assign_ids; a note rendered before it (no id)
    // gets none rather than an empty or repeated one.
    if (!note.id.empty()) out.attribute("id", model::note_ref_id(note.id, k));
    out.attribute("class", footnote && k == 1 ? "noteref called" : "noteref");
    if (epub) out.attribute("epub:type", "noteref");
    out.attribute("role", "doc-noteref");
    out.text(number);
    out.close();
    if (!footnote || k != 1) return;
    out.open("span", true);
    out.attribute("class", "footnote");
    // The footnote area belongs to the page: the note takes its direction
    // from its own text (a Persian note in an English book).
    out.attribute("dir", "auto");
    spanned_.insert(note.id);
    in_footnote_ = true;
    flattened(note, out, content);
    in_footnote_ = false;
    out.close();
}

void render_notes(const model::Article& article, std::string_view lang, MarkupSink& out,
                  const NoteContent& content, bool epub, const NoteRefs& refs) {
    if (article.notes.empty()) return;
    const std::set<std::string> referenced = referenced_ids(article);
    // Print: the notes already shown as footnotes are left out of this
    // section where the renderer has paged footnotes (print.css); the
    // section goes when all of them are.
    bool all_footnoted = true;
    for (const model::Note& n : article.notes)
        all_footnoted = all_footnoted && refs.footnoted(n.id);
    out.open("section");
    out.attribute("class", all_footnoted ? "notes all-footnoted" : "notes");
    if (epub) out.attribute("epub:type", "endnotes");
    out.attribute("role", "doc-endnotes");
    out.open("h2");
    out.attribute("class", "notes-heading");
    out.text(notes_heading(lang));
    out.close();
    out.open("ol");
    out.attribute("class", "notes-list");
    for (const model::Note& n : article.notes) {
        out.open("li");
        if (!n.id.empty()) out.attribute("id", n.id);
        out.attribute("class", refs.footnoted(n.id) ? "note footnoted" : "note");
        if (epub) out.attribute("epub:type", "endnote");
        // The back-link opens the note (a number, as the reader saw it in
        // the text): Kindle runs a note into the next one when it ends with
        // the link.
        const bool starts_with_text =
            !n.blocks.empty() && n.blocks.front().kind == Block::Kind::Paragraph;
        out.open("p");
        if (referenced.count(n.id)) {
            out.open("a", true);
            out.attribute("href", "#" + model::note_ref_id(n.id, 1));
            out.attribute("class", "note-backlink");
            out.attribute("role", "doc-backlink");
            out.text(std::to_string(n.number) + ".");
            out.close();
        } else {
            out.open("span", true);
            out.attribute("class", "note-number");
            out.text(std::to_string(n.number) + ".");
            out.close();
        }
        if (starts_with_text) {
            out.text(" ");
            content.inlines(n.blocks.front().inlines);
        }
        out.close();
        model::Blocks rest(n.blocks.begin() + (starts_with_text ? 1 : 0), n.blocks.end());
        content.blocks(rest);
        out.close();
    }
    out.close();
    out.close();
}

} // namespace galley::write
