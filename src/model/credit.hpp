#pragma once

#include "model/inline.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <string_view>

namespace galley::model {

// A canonical licence, as recognised from free text.
struct Licence {
    std::string name; // "CC BY-SA 4.0"
    std::string spdx; // "CC-BY-SA-4.0"; empty when there is none
    std::string url;  // the licence deed; empty when there is none

    bool empty() const { return name.empty(); }
    bool operator==(const Licence&) const = default;
};

// An attribution record: who made a work, where it came from, under which
// licence. `raw` keeps the line it was parsed from, if any, so nothing the
// author wrote is lost even when parsing fails.
struct Credit {
    std::string subject; // what it credits: "lead image", an image path, "cover"
    std::string title;
    std::string creator;
    std::string creator_url;
    std::string source;
    std::string source_url;
    Licence licence;
    // What the line says after the licence, usually the changes made to the
    // work ("cropped by the editors"), which CC licences ask to indicate.
    std::string note;
    std::string raw;
    SourcePos pos;
    // The credit line stays in the article's text, where the author put it
    // (between paragraphs of plain text), and is listed on the Credits page
    // as well; the picture it credits is not in the book.
    bool in_text = false;

    bool operator==(const Credit&) const = default;
};

// The credit in attribution form, as Creative Commons recommends (title,
// author, source, licence: "TASL"): `<cite>Title</cite> by Creator via
// Source, CC BY-SA 4.0, note`, each part linked when it has a URL. A credit
// with none of title, creator and source is its `raw` line, with the
// recognised licence linked to its deed where the line names it (or after
// the line when it does not).
// `by` and `via` are the joining words, with their spaces, in the book's
// language.
Inlines attribution(const Credit& credit, std::string_view by = " by ",
                    std::string_view via = " via ");

// True for licences that require naming the creator (the CC BY family).
bool requires_attribution(const Licence& licence);

} // namespace galley::model
