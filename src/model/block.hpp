#pragma once
// Block content of an article. A Block is a tagged value: which members are
// meaningful depends on `kind` (documented per kind below).

#include "model/inline.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace galley::model {

struct Block {
    enum class Kind {
        Paragraph,     // inlines
        Heading,       // inlines, level (2..6; the article title is level 1), id
        List,          // children are ListItem blocks; ordered, start
        ListItem,      // children (usually one Paragraph)
        BlockQuote,    // children
        CodeBlock,     // text, language
        ThematicBreak, // nothing
        Figure,        // children (the content, usually a paragraph holding one
                       // Image), inlines (the caption, may be empty), id
        Table,         // inlines (the caption, may be empty), aligns (one per
                       // column), children: TableRow blocks, header rows first
        TableRow,      // children: TableCell blocks; header: the row is in <thead>
        TableCell,     // inlines; header: a header cell (<th>), level: column
                       // span (0 or 1: one column)
        LineBlock,     // children: Paragraph blocks, one per line, whose line
                       // breaks matter (verse, letters' address lines)
    };

    // A table column's alignment (rendered as a class, never `align`).
    enum class Align { None, Left, Center, Right };

    Kind kind = Kind::Paragraph;
    Inlines inlines;
    std::vector<Block> children;
    std::string text;
    std::string language;
    std::string id;
    int level = 0;
    bool ordered = false;
    bool tight = false; // List: items hold bare text, not spaced paragraphs
    int start = 1;
    // List (ordered): the author's own numbering style, as HTML's `type`:
    // "" or "1" decimal, "a", "A", "i", "I".
    std::string list_style;
    bool header = false;       // TableRow, TableCell (see above)
    std::vector<Align> aligns; // Table
    // What an editor would call the block, for writers to mark semantically;
    // empty for plain content. Known roles: "epigraph", "dedication",
    // "pullquote", "verse", "attribution" (the source line of a quotation),
    // "credit" (an image credit line kept in the text), "references".
    std::string role;
    SourcePos pos;

    bool operator==(const Block&) const = default;
};

using Blocks = std::vector<Block>;

Block make_paragraph(Inlines inlines, SourcePos pos = {});

// Every image in `blocks`, at any depth (walked iteratively: models may nest
// deep), in no particular order.
std::vector<const Inline*> images_in(const Blocks& blocks);

// How much the blocks hold: bytes of text, code and URLs, and the number of
// blocks and inlines. Writers size their output from it.
struct ContentSize {
    std::size_t bytes = 0;
    std::size_t nodes = 0;
};
ContentSize content_size(const Blocks& blocks);
Block make_heading(int level, Inlines inlines, SourcePos pos = {});

} // namespace galley::model
