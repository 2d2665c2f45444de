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
    };

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
    SourcePos pos;

    bool operator==(const Block&) const = default;
};

using Blocks = std::vector<Block>;

Block make_paragraph(Inlines inlines, SourcePos pos = {});

// Every image in `blocks`, at any depth (walked iteratively: models may nest
// deep), in no particular order.
std::vector<const Inline*> images_in(const Blocks& blocks);
Block make_heading(int level, Inlines inlines, SourcePos pos = {});

} // namespace galley::model
