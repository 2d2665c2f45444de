#pragma once
// Notes, for both back ends: part of the XHTML renderer (write/xhtml.cpp).
//
// The markup (why: README, "Notes"): a reference is
//   <a class="noteref" epub:type="noteref" role="doc-noteref" id=REF href=#NOTE>2</a>
// with the number inside the link and no <sup>; the notes follow the
// article's text in one
//   <section class="notes" epub:type="endnotes" role="doc-endnotes">
// holding an <ol> whose items (epub:type="endnote", id NOTE) start with the
// back-link to the first reference. The print back end adds, at each note's
// first reference, the note's text in a <span class="footnote"> that
// print.css floats to the foot of the page (WeasyPrint); renderers without
// paged footnotes hide it and show the section instead.

#include "model/article.hpp"
#include "write/markup_sink.hpp"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace galley::write {

// What the notes renderer needs from the XHTML renderer.
struct NoteContent {
    std::function<void(const model::Inlines&)> inlines;
    std::function<void(const model::Blocks&)> blocks;
};

// The notes of one article while it is rendered: numbers by id, and how many
// references to each were emitted (for their ids).
class NoteRefs {
  public:
    explicit NoteRefs(const model::Article& article);
    // Emits the reference `ref` (a NoteRef). `epub`: the EPUB's semantics
    // (epub:type); `footnote`: the print back end's footnote span after the
    // first reference to each note. `in_link`: inside another link, where
    // only the number may go.
    void reference(const model::Inline& ref, MarkupSink& out, const NoteContent& content,
                   bool epub, bool footnote, bool in_link);

    // A footnote span was emitted for the note `id`.
    bool footnoted(std::string_view id) const;

  private:
    std::map<std::string, const model::Note*, std::less<>> by_id_;
    std::map<std::string, int, std::less<>> emitted_;
    std::set<std::string, std::less<>> spanned_;
    bool in_footnote_ = false;
};

// The section with all of `article`'s notes (nothing when it has none), its
// heading in `lang`. `epub`: with epub:type. `refs`: the references emitted
// for the article's text (which notes print shows as footnotes already). A
// note nothing refers to shows its number without a back-link.
void render_notes(const model::Article& article, std::string_view lang, MarkupSink& out,
                  const NoteContent& content, bool epub, const NoteRefs& refs);

} // namespace galley::write
