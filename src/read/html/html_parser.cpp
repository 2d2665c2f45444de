#include "read/html/html_parser.hpp"

#include <gumbo.h>

#include <memory>
#include <string>
#include <vector>

namespace galley::read::html {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The element's name: Gumbo's for known tags, the source's for custom ones.
std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    std::string name = lower(std::string_view(piece.data, piece.length));
    return name.empty() ? std::string("unknown") : name;
}

// Copies Gumbo's tree into a Document, iteratively (Gumbo builds deep trees
// from deep markup; our stack is a vector, not the call stack).
void convert(const GumboNode* gumbo_root, Document& doc, int line_offset) {
    struct Item {
        const GumboNode* node;
        NodeId parent;
        int depth;
    };
    std::vector<Item> stack;
    const GumboElement& root = gumbo_root->v.element;
    doc[doc.root()].line = static_cast<int>(root.start_pos.line) + line_offset;
    for (unsigned a = 0; a < root.attributes.length; ++a) {
        const auto* attr = static_cast<const GumboAttribute*>(root.attributes.data[a]);
        doc[doc.root()].attributes.emplace_back(lower(attr->name), attr->value);
    }
    for (unsigned i = root.children.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(root.children.data[i]), doc.root(), 1});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const GumboNode* n = item.node;
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            doc.add_text(item.parent, n->v.text.text,
                         static_cast<int>(n->v.text.start_pos.line) + line_offset);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement& e = n->v.element;
            NodeId self = item.parent;
            int depth = item.depth;
            if (item.depth < max_depth) {
                self = doc.add_element(item.parent, tag_name(e),
                                       static_cast<int>(e.start_pos.line) + line_offset);
                for (unsigned a = 0; a < e.attributes.length; ++a) {
                    const auto* attr = static_cast<const GumboAttribute*>(e.attributes.data[a]);
                    doc[self].attributes.emplace_back(lower(attr->name), attr->value);
                }
                ++depth;
            }
            for (unsigned i = e.children.length; i-- > 0;)
                stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), self, depth});
            break;
        }
        default: // comments, the document node
            break;
        }
    }
}

// Parse errors are not reported (every real page has some): recording only
// a few keeps broken pages cheap.
GumboOptions options() {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 16;
    return o;
}

struct OutputDeleter {
    void operator()(GumboOutput* out) const {
        const GumboOptions o = options();
        gumbo_destroy_output(&o, out);
    }
};

Document parse(std::string_view utf8, int line_offset) {
    const GumboOptions o = options();
    std::unique_ptr<GumboOutput, OutputDeleter> out(
        gumbo_parse_with_options(&o, utf8.data(), utf8.size()));
    Document doc;
    if (out && out->root && out->root->type == GUMBO_NODE_ELEMENT)
        convert(out->root, doc, line_offset);
    if (doc.find("body") == no_node) doc.add_element(doc.root(), "body", 0);
    return doc;
}

} // namespace

Document parse_document(std::string_view utf8) { return parse(utf8, 0); }

Document parse_fragment(std::string_view utf8, int first_line) {
    // Parsed as a body on its own; the body's start tag is implied, so the
    // fragment's own lines count from `first_line`.
    return parse(utf8, first_line - 1);
}

} // namespace galley::read::html
