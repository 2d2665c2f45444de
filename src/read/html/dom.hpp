#pragma once
// A parsed HTML page as a plain tree the rest of the HTML reader works on,
// so that extraction and mapping know nothing of the parser library. Nodes
// live in one vector and refer to each other by index: walks are loops, not
// recursion, and a Document copies and frees in linear time.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::read::html {

using NodeId = std::int32_t;
constexpr NodeId no_node = -1;

struct Node {
    enum class Type { Element, Text };
    Type type = Type::Element;
    std::string tag;  // Element: lower-case name ("p", "my-widget")
    std::vector<std::pair<std::string, std::string>> attributes; // names lower-case, values decoded
    std::string text; // Text: the characters, references decoded
    NodeId parent = no_node;
    std::vector<NodeId> children;
    int line = 0; // 1-based line of the start tag or text in the source
    bool removed = false; // detached by cleaning: walks skip it and its subtree

    bool is_element() const { return type == Type::Element; }
    bool is(std::string_view name) const { return type == Type::Element && tag == name; }
    // The attribute's value, or "" when it is absent.
    const std::string& attr(std::string_view name) const;
    bool has_attr(std::string_view name) const;
};

class Document {
  public:
    Document();
    NodeId root() const { return 0; } // the <html> element
    const Node& operator[](NodeId id) const { return nodes_[static_cast<std::size_t>(id)]; }
    Node& operator[](NodeId id) { return nodes_[static_cast<std::size_t>(id)]; }
    std::size_t size() const { return nodes_.size(); }

    NodeId add_element(NodeId parent, std::string tag, int line);
    NodeId add_text(NodeId parent, std::string text, int line);

    // The first element named `tag` in document order below `from`, or no_node.
    NodeId find(std::string_view tag, NodeId from = 0) const;
    // Every element named `tag` below `from`, in document order.
    std::vector<NodeId> find_all(std::string_view tag, NodeId from = 0) const;
    // The nodes below `from` (not `from` itself), in document order, skipping removed subtrees.
    std::vector<NodeId> descendants(NodeId from) const;
    // The text of `id` and its descendants, as written (white space kept).
    std::string text_content(NodeId id) const;
    // True when `id` lies inside `ancestor` (or is it).
    bool inside(NodeId id, NodeId ancestor) const;
    // The children of `id` that are not removed.
    std::vector<NodeId> live_children(NodeId id) const;
    // Moves children [first, last) of `parent` into a new element `tag`,
    // which takes their place; returns it.
    NodeId wrap_children(NodeId parent, std::size_t first, std::size_t last, std::string tag);
    // Marks `id` and its subtree removed.
    void remove(NodeId id) { (*this)[id].removed = true; }
    // True when `id` or an ancestor is removed.
    bool detached(NodeId id) const;
    // The nearest ancestor of `id` (not itself) named `tag` within `max_up` levels, or no_node.
    NodeId ancestor(NodeId id, std::string_view tag, int max_up = 1000) const;

  private:
    // Appends `n` as the last child of `parent`, returning its id.
    NodeId append(NodeId parent, Node n);

    std::vector<Node> nodes_;
};

// White space runs (ASCII white space) collapsed to one space, ends trimmed.
std::string collapse_white_space(std::string_view s);

} // namespace galley::read::html
