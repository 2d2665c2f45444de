#pragma once
// Inline content of a block: a small tree of runs. Owned by value; no back
// pointers, so a Book can be copied, compared and moved freely.

#include <string>
#include <vector>

namespace galley::model {

struct Inline {
    enum class Kind {
        Text,         // `text` holds UTF-8 characters
        Emphasis,     // children
        Strong,       // children
        Code,         // `text` holds the code, never touched by typography
        Link,         // children, `url`
        LineBreak,    // hard line break
        Image,        // `url` the source as written (readers) or the package href
                      // (after the asset transform); `text` the alt text
        Superscript,  // children
        Subscript,    // children
        Strikeout,    // children (<s>)
        Underline,    // children (<u>)
        Mark,         // children (<mark>)
        Small,        // children (<small>)
        Cite,         // children (title of a work, <cite>)
        Quoted,       // children (an inline quotation, <q>)
        Abbreviation, // children; `text` the expansion, if any (<abbr title>)
        Keyboard,     // `text` (<kbd>), never touched by typography
        NoteRef,      // a reference to one of the article's notes: `text` the
                      // note's label as the author wrote it ("1", "source");
                      // `url` the note's id once transform::number_notes ran
        MissingImage, // an image that could not be embedded (transform::embed_images
                      // warned): `text` what stands for it (its alt text, else its
                      // file name), `url` the source as written
    };

    Kind kind = Kind::Text;
    std::string text;
    std::string url;
    std::vector<Inline> children;
    int line = 0; // Image and Link: the source line, for diagnostics (0: unknown)

    static Inline make_text(std::string s) { return Inline{Kind::Text, std::move(s), {}, {}}; }
    static Inline make_code(std::string s) { return Inline{Kind::Code, std::move(s), {}, {}}; }
    static Inline make_break() { return Inline{Kind::LineBreak, {}, {}, {}}; }
    static Inline make_span(Kind k, std::vector<Inline> kids) {
        return Inline{k, {}, {}, std::move(kids)};
    }
    static Inline make_image(std::string src, std::string alt, int line = 0) {
        return Inline{Kind::Image, std::move(alt), std::move(src), {}, line};
    }
    static Inline make_link(std::string href, std::vector<Inline> kids) {
        return Inline{Kind::Link, {}, std::move(href), std::move(kids)};
    }

    bool operator==(const Inline&) const = default;
};

using Inlines = std::vector<Inline>;

// The characters of `inlines` with all markup removed (line breaks become a space).
std::string plain_text(const Inlines& inlines);

} // namespace galley::model
