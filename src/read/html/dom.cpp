#include "read/html/dom.hpp"

#include "util/text.hpp"

namespace galley::read::html {

namespace {
const std::string empty_string;
}

const std::string& Node::attr(std::string_view name) const {
    for (const auto& [n, v] : attributes)
        if (n == name) return v;
    return empty_string;
}

bool Node::has_attr(std::string_view name) const {
    for (const auto& a : attributes)
        if (a.first == name) return true;
    return false;
}

Document::Document() {
    Node html;
    html.tag = "html";
    nodes_.push_back(std::move(html));
}

NodeId Document::add_element(NodeId parent, std::string tag, int line) {
    Node n;
    n.tag = std::move(tag);
    n.line = line;
    return append(parent, std::move(n));
}

NodeId Document::add_text(NodeId parent, std::string text, int line) {
    Node& p = (*this)[parent];
    // Adjacent text runs merge, as a DOM's normalize() would.
    if (!p.children.empty() && (*this)[p.children.back()].type == Node::Type::Text) {
        (*this)[p.children.back()].text += text;
        return p.children.back();
    }
    Node n;
    n.type = Node::Type::Text;
    n.text = std::move(text);
    n.line = line;
    return append(parent, std::move(n));
}

NodeId Document::append(NodeId parent, Node n) {
    n.parent = parent;
    const auto id = static_cast<NodeId>(nodes_.size());
    nodes_.push_back(std::move(n));
    (*this)[parent].children.push_back(id);
    return id;
}

std::vector<NodeId> Document::descendants(NodeId from) const {
    std::vector<NodeId> out;
    std::vector<NodeId> stack;
    const Node& f = (*this)[from];
    for (auto it = f.children.rbegin(); it != f.children.rend(); ++it)
        stack.push_back(*it);
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        const Node& n = (*this)[id];
        if (n.removed) continue;
        out.push_back(id);
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

NodeId Document::find(std::string_view tag, NodeId from) const {
    for (NodeId id : descendants(from))
        if ((*this)[id].is(tag)) return id;
    return no_node;
}

std::vector<NodeId> Document::find_all(std::string_view tag, NodeId from) const {
    std::vector<NodeId> out;
    for (NodeId id : descendants(from))
        if ((*this)[id].is(tag)) out.push_back(id);
    return out;
}

std::string Document::text_content(NodeId id) const {
    if ((*this)[id].type == Node::Type::Text) return (*this)[id].text;
    std::string out;
    for (NodeId d : descendants(id))
        if ((*this)[d].type == Node::Type::Text) out += (*this)[d].text;
    return out;
}

bool Document::inside(NodeId id, NodeId ancestor) const {
    for (NodeId p = id; p != no_node; p = (*this)[p].parent)
        if (p == ancestor) return true;
    return false;
}

std::vector<NodeId> Document::live_children(NodeId id) const {
    std::vector<NodeId> out;
    for (NodeId c : (*this)[id].children)
        if (!(*this)[c].removed) out.push_back(c);
    return out;
}

NodeId Document::wrap_children(NodeId parent, std::size_t first, std::size_t last,
                               std::string tag) {
    Node n;
    n.tag = std::move(tag);
    n.parent = parent;
    const auto id = static_cast<NodeId>(nodes_.size());
    std::vector<NodeId>& kids = (*this)[parent].children;
    n.children.assign(kids.begin() + static_cast<std::ptrdiff_t>(first),
                      kids.begin() + static_cast<std::ptrdiff_t>(last));
    n.line = n.children.empty() ? 0 : (*this)[n.children.front()].line;
    kids.erase(kids.begin() + static_cast<std::ptrdiff_t>(first) + 1,
               kids.begin() + static_cast<std::ptrdiff_t>(last));
    kids[first] = id;
    nodes_.push_back(std::move(n));
    for (NodeId c : nodes_.back().children)
        (*this)[c].parent = id;
    return id;
}

bool Document::detached(NodeId id) const {
    for (NodeId p = id; p != no_node; p = (*this)[p].parent)
        if ((*this)[p].removed) return true;
    return false;
}

NodeId Document::ancestor(NodeId id, std::string_view tag, int max_up) const {
    int up = 0;
    for (NodeId p = (*this)[id].parent; p != no_node && up < max_up; p = (*this)[p].parent, ++up)
        if ((*this)[p].is(tag)) return p;
    return no_node;
}

std::string collapse_white_space(std::string_view s) { return util::collapse_html_space(s, true); }

} // namespace galley::read::html
