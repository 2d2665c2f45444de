// PageMapper, footnotes: a short in-page link ("1", "[2]", "*") to an
// element that holds the note (a list item of a notes list, a paragraph or
// an aside with an id) becomes a NoteRef, and that element the article's
// Note instead of body text.
#include "read/html/page_mapper.hpp"

#include "read/html/extract_rules.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace galley::read::html {

namespace {

// "[12]" -> "12"; a label is short and has no spaces.
std::string label_of(std::string_view text) {
    std::string s = collapse_white_space(text);
    while (!s.empty() && (s.front() == '[' || s.front() == '(')) s.erase(0, 1);
    while (!s.empty() && (s.back() == ']' || s.back() == ')')) s.pop_back();
    if (s.empty() || util::length(s) > 4 || s.find(' ') != std::string::npos) return {};
    return s;
}

bool noteish(std::string_view hints) {
    for (std::string_view w : {"footnote", "endnote", "fn", "note", "reference", "cite"})
        if (hints.find(w) != std::string_view::npos) return true;
    return false;
}

} // namespace

void PageMapper::find_notes(const std::vector<NodeId>& kept) {
    std::map<std::string, NodeId> by_id;
    std::vector<NodeId> links;
    for (NodeId k : kept) {
        std::vector<NodeId> all = doc_.descendants(k);
        all.insert(all.begin(), k);
        for (NodeId d : all) {
            const Node& n = doc_[d];
            if (!n.is_element()) continue;
            if (!n.attr("id").empty()) by_id.emplace(n.attr("id"), d);
            if (n.is("a") && n.attr("href").rfind('#', 0) == 0) links.push_back(d);
        }
    }
    for (NodeId a : links) {
        const Node& n = doc_[a];
        const std::string target_id = n.attr("href").substr(1);
        auto it = by_id.find(target_id);
        if (it == by_id.end()) continue;
        NodeId target = it->second;
        // The note is the target or the list item / paragraph around it.
        if (!doc_[target].is("li") && !doc_[target].is("p") && !doc_[target].is("aside") &&
            !doc_[target].is("div") && !doc_[target].is("dd") && !doc_[target].is("section")) {
            const NodeId li = doc_.ancestor(target, "li", 2);
            if (li == no_node) continue;
            target = li;
        }
        if (doc_.inside(a, target) || target < 0) continue;
        const std::string label = label_of(doc_.text_content(a));
        if (label.empty()) continue;
        const bool in_sup = doc_[n.parent].is("sup");
        const std::string hints = rules::class_and_id(n) + " " + n.attr("role") + " " +
                                  rules::class_and_id(doc_[target]) + " " + target_id;
        const NodeId list = doc_[target].parent;
        const std::string list_hints = list == no_node ? "" : rules::class_and_id(doc_[list]);
        if (!in_sup && !noteish(hints) && !noteish(list_hints)) continue;
        if (doc_[target].removed || doc_.detached(target)) continue;
        note_of_id_.emplace(target_id, target);
        note_elements_.insert(target);
        note_label_.emplace(target, label);
    }
}

// `id` (an <a>, or a <sup> around one) calls a note: emit its NoteRef.
bool PageMapper::note_ref(NodeId id, model::Inlines& out) {
    NodeId a = id;
    if (doc_[id].is("sup")) {
        const std::vector<NodeId> kids = doc_.live_children(id);
        NodeId only = no_node;
        for (NodeId k : kids) {
            if (doc_[k].is_element()) {
                if (only != no_node) return false;
                only = k;
            } else if (!util::trim(doc_[k].text).empty()) {
                return false;
            }
        }
        if (only == no_node || !doc_[only].is("a")) return false;
        a = only;
    }
    // Inside a note, calls of other notes stay text: notes never nest, so
    // notes that call each other cannot recurse.
    if (in_note_) return false;
    const std::string& href = doc_[a].attr("href");
    if (href.rfind('#', 0) != 0) return false;
    auto it = note_of_id_.find(href.substr(1));
    if (it == note_of_id_.end()) return false;
    const NodeId note_el = it->second;
    const std::string& label = note_label_.at(note_el);
    bool known = false;
    for (const model::Note& n : notes_)
        known = known || n.label == label;
    if (!known) {
        model::Note note;
        note.label = label;
        note.pos = pos(note_el);
        // The note's content without its way back ("↩", "^").
        note_elements_.erase(note_el);
        in_note_ = true;
        blocks(note_el, note.blocks, 1);
        in_note_ = false;
        note_elements_.insert(note_el);
        notes_.push_back(std::move(note));
    }
    model::Inline ref;
    ref.kind = model::Inline::Kind::NoteRef;
    ref.text = label;
    out.push_back(std::move(ref));
    return true;
}

} // namespace galley::read::html
