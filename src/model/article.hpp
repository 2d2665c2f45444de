#pragma once

#include "model/block.hpp"
#include "model/credit.hpp"
#include "model/metadata.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace galley::model {

// An image as referenced by the author, before or after embedding.
struct ImageRef {
    std::string src; // as written (relative to the article) or, once embedded, the asset's href
    std::string alt;
    SourcePos pos;

    bool empty() const { return src.empty(); }
    bool operator==(const ImageRef&) const = default;
};

// A footnote or endnote. Readers fill `label` (as written by the author) and
// `blocks`; transform::number_notes assigns `number` (1, 2, ... in order of
// first reference, restarting in each article; unreferenced notes follow) and
// transform::assign_ids the book-unique `id` ("ch003-fn2").
struct Note {
    std::string label;
    int number = 0;
    std::string id;
    Blocks blocks;
    SourcePos pos;

    bool operator==(const Note&) const = default;
};

// The id of the k-th reference (1-based, in reading order) to the note with
// id `note_id`, the target of its back-link: "ch003-fn2-ref", "ch003-fn2-ref-2".
// transform::assign_ids reserves these, so they are unique in the book.
std::string note_ref_id(const std::string& note_id, int k);

struct Article;
// Every image of the article's body and notes, at any depth (iterative), in
// no particular order. The lead image is not among them.
std::vector<const Inline*> images_in(const Article& article);

struct Article {
    std::string title;
    std::string subtitle;
    std::vector<Person> authors;
    std::string date;
    std::string description;
    std::string source_name; // where it was first published: a site or publication
                             // (front matter and book.yaml `source:`)
    std::string url;         // its canonical address, when known (`url:`)
    ImageRef lead_image; // shown at the top with its credit as caption
    std::string lang;    // empty: the book's language
    std::string id;      // unique in the book, assigned by transform::assign_ids
    Blocks blocks;
    std::vector<Note> notes; // in reading order once numbered
    std::vector<Credit> credits;
    SourcePos source; // the file it was read from (line 0)

    bool operator==(const Article&) const = default;
};

} // namespace galley::model
