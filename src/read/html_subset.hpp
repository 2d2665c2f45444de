#pragma once
// Raw HTML found in Markdown, taken apart so that a known, safe subset can be
// mapped onto the model and nothing is ever copied through. The tokenizer is
// a single forward pass (linear in its input, no recursion) and never fails:
// whatever is not a well-formed construct is text.

#include "model/inline.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read::html {

struct Attribute {
    std::string name;  // lower-cased
    std::string value; // as written (character references not decoded)
};

struct Token {
    enum class Kind {
        Text,                  // `text` as written (references not decoded)
        StartTag,              // `name`, `attributes`, `self_closing`
        EndTag,                // `name`
        Comment,               // `text` the comment's content
        CData,                 // `text` the section's content
        Declaration,           // <!DOCTYPE ...>
        ProcessingInstruction, // <? ... ?>
    };
    Kind kind = Kind::Text;
    std::string name;
    std::vector<Attribute> attributes;
    bool self_closing = false;
    std::string text;
    std::string source; // the token as written
    int line = 0;       // newlines before the token in the input (0-based)
};

// Splits `input` into tokens. A `<` that does not start a complete construct
// is text; a tag containing `<` (even quoted) is not a tag.
std::vector<Token> tokenize(std::string_view input);

// What a reader does with an element, by tag name.
enum class Role {
    Span,       // a model inline wrapping its children (`kind`)
    Link,       // a
    Image,      // img
    LineBreak,  // br
    CodeSpan,   // code, kbd, samp, tt: text only
    Plain,      // span: no markup of its own, content kept, no warning
    Paragraph,  // p
    Heading,    // h1..h6
    BlockQuote, // blockquote
    Figure,     // figure
    Caption,    // figcaption
    Pre,        // pre
    Rule,       // hr
    Block,      // other known block elements: tag dropped, content kept
    Inline,     // other known inline elements: tag dropped, content kept
    Dangerous,  // script, style, iframe, object, ...: dropped with content
    Unknown,    // not an HTML element at all: kept as text
};

struct ElementInfo {
    Role role = Role::Unknown;
    model::Inline::Kind kind = model::Inline::Kind::Text; // Role::Span
    bool is_void = false;                                 // never has an end tag
};

// `name` lower-cased.
ElementInfo classify(std::string_view name);

// Value of attribute `name` (lower-cased), or nullptr.
const std::string* find_attribute(const Token& tag, std::string_view name);

// True for javascript: and vbscript: URLs, however they are disguised with
// case, white space or control characters.
bool is_script_url(std::string_view url);

// Decodes character references. Numeric ones are decoded here (invalid code
// points become U+FFFD); named ones through `named`, which returns the
// characters for a name (without & and ;) or an empty string when unknown.
// Unknown references stay as written.
std::string decode_references(std::string_view s,
                              const std::function<std::string(std::string_view)>& named);

} // namespace galley::read::html
