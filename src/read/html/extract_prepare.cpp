// Extraction, first stage: text lengths, unlikely blocks dropped, phrasing
// content wrapped into paragraphs.
#include "read/html/extract_pass.hpp"

#include "read/html/extract_clean.hpp"
#include "read/html/extract_rules.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace galley::read::html::detail {

// Text length, link text and commas of every live node below `from`,
// children before parents: one linear sweep.
void Pass::compute_lengths(NodeId from) {
    grow();
    std::vector<NodeId> order = doc_.descendants(from);
    order.insert(order.begin(), from);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const NodeId id = *it;
        const Node& n = doc_[id];
        if (n.type == Node::Type::Text) {
            const std::string t = collapse_white_space(n.text);
            text_[id] = util::length(t);
            commas_[id] = rules::count_commas(t);
            link_[id] = 0;
            block_[id] = false;
            continue;
        }
        std::size_t len = 0;
        double link = 0;
        int commas = 0;
        bool block = false;
        bool holds = false;
        for (NodeId c : n.children) {
            if (doc_[c].removed) continue;
            len += text_[c];
            link += link_[c];
            commas += commas_[c];
            block = block || block_[c] || (doc_[c].is_element() && rules::is_div_block(doc_[c].tag));
            holds = holds || holds_article_[c] || doc_[c].is("article") || doc_[c].is("main") ||
                    doc_[c].attr("itemprop") == "articleBody";
        }
        holds_article_[id] = holds;
        if (n.tag == "a") {
            // In-page links (tables of contents, note calls) count for less.
            link = static_cast<double>(len) * (n.attr("href").rfind('#', 0) == 0 ? 0.3 : 1.0);
        }
        text_[id] = len;
        link_[id] = link;
        commas_[id] = commas;
        block_[id] = block;
    }
}

// The names in a byline element: its innermost author elements (rel=author,
// itemprop author or name, a class naming the author) when it holds any, and
// of those the links and marked-up names over the rest ("Games Editor");
// else all its text. Several are joined with "; ".
std::string Pass::byline_text(NodeId id) const {
    std::vector<NodeId> leaves;
    for (NodeId d : doc_.descendants(id)) {
        const Node& k = doc_[d];
        if (!k.is_element() || text_[d] == 0) continue;
        if (!rules::looks_like_byline(k, rules::class_and_id(k)) && k.attr("itemprop") != "name") continue;
        std::erase_if(leaves, [&](NodeId l) { return doc_.inside(d, l); });
        leaves.push_back(d);
    }
    std::vector<NodeId> marked;
    for (NodeId l : leaves)
        if (doc_[l].is("a") || doc_[l].has_attr("itemprop") || doc_[l].has_attr("rel")) marked.push_back(l);
    if (!marked.empty()) leaves = std::move(marked);
    if (leaves.empty()) return collapse_white_space(doc_.text_content(id));
    std::string out;
    for (NodeId l : leaves)
        out += (out.empty() ? "" : "; ") + collapse_white_space(doc_.text_content(l));
    return out;
}

// Document order, deciding per element before visiting its children: what is
// never content or chrome goes, divs holding only text become paragraphs,
// the paragraphs to score are collected.
void Pass::walk(NodeId body) {
    std::vector<NodeId> stack;
    for (auto it = doc_[body].children.rbegin(); it != doc_[body].children.rend(); ++it)
        stack.push_back(*it);
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        Node& n = doc_[id];
        if (n.removed || !n.is_element()) continue;
        const std::string hints = rules::class_and_id(n);
        if (rules::is_never_content(n.tag)) {
            drop(id, "<" + n.tag + ">");
            continue;
        }
        if (n.tag == "noscript" && doc_.find("img", id) == no_node) {
            // What a page shows without scripts is a notice or a tracking
            // pixel, unless it is a lazy image's plain copy.
            drop(id, "<noscript>");
            continue;
        }
        if (rules::is_hidden(n)) {
            drop(id, "hidden");
            continue;
        }
        if (out_.byline.empty() && rules::looks_like_byline(n, hints) && text_[id] > 0 &&
            text_[id] < 100 && n.tag != "body") {
            out_.byline = byline_text(id);
            doc_.remove(id);
            continue;
        }
        if (!title_dropped_ && (n.tag == "h1" || n.tag == "h2") &&
            same_title(doc_.text_content(id), options_.title)) {
            title_dropped_ = true;
            doc_.remove(id);
            continue;
        }
        if (flags_.strip_unlikely) {
            // On the page's own <article> or <main> a chrome word counts only
            // as a whole word ("commented" is not "comment").
            const bool own = n.tag == "article" || n.tag == "main";
            const std::string_view word =
                own ? rules::unlikely_token(hints) : rules::unlikely_word(hints);
            // The page's own markup for its article outweighs a class name around it.
            if (!word.empty() && n.tag != "a" && n.tag != "body" && !holds_article_[id] &&
                doc_.ancestor(id, "table") == no_node && doc_.ancestor(id, "code") == no_node) {
                drop(id, "class/id '" + std::string(word) + "'");
                continue;
            }
        }
        if (rules::is_chrome_role(n.attr("role"))) {
            drop(id, "role '" + n.attr("role") + "'");
            continue;
        }
        if (n.tag == "p" || n.tag == "td" || n.tag == "pre" || n.tag == "section" ||
            (n.tag.size() == 2 && n.tag[0] == 'h' && n.tag[1] >= '2' && n.tag[1] <= '6'))
            to_score_.push_back(id);
        if (n.tag == "div") {
            if (!block_[id]) {
                n.tag = "p"; // a div of text is a paragraph in all but name
                to_score_.push_back(id);
            } else {
                wrap_phrasing(id);
            }
        }
        const Node& now = doc_[id];
        for (auto it = now.children.rbegin(); it != now.children.rend(); ++it)
            stack.push_back(*it);
    }
}

// Runs of text and text-level elements directly in a container div become
// paragraphs of their own, so they are scored like the rest.
void Pass::wrap_phrasing(NodeId div) {
    std::size_t i = 0;
    while (i < doc_[div].children.size()) {
        auto phrasing = [&](NodeId c) {
            const Node& k = doc_[c];
            if (k.removed) return true;
            if (k.type == Node::Type::Text) return true;
            if (rules::is_phrasing(k.tag)) return !block_[c];
            return (k.tag == "a" || k.tag == "del" || k.tag == "ins") && !block_[c];
        };
        if (!phrasing(doc_[div].children[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::size_t len = 0;
        while (j < doc_[div].children.size() && phrasing(doc_[div].children[j])) {
            if (!doc_[doc_[div].children[j]].removed) len += text_[doc_[div].children[j]];
            ++j;
        }
        if (len == 0) {
            i = j;
            continue;
        }
        const NodeId p = doc_.wrap_children(div, i, j, "p");
        grow();
        text_[p] = len;
        for (NodeId c : doc_[p].children) {
            if (doc_[c].removed) continue;
            link_[p] += link_[c];
            commas_[p] += commas_[c];
        }
        ++i;
    }
}

} // namespace galley::read::html::detail
