// Article extraction: one scoring pass per strictness level, the best kept.
#include "read/html/extract.hpp"

#include "read/html/extract_clean.hpp"
#include "read/html/extract_rules.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace galley::read::html {

namespace {

struct Flags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
};

std::string excerpt(const Document& doc, NodeId id) {
    std::string t = collapse_white_space(doc.text_content(id));
    if (util::length(t) <= 60) return t;
    std::size_t i = 0;
    for (int n = 0; n < 60 && i < t.size(); ++n)
        util::next_code_point(t, i);
    return t.substr(0, i) + "…";
}

std::string describe(const Document& doc, NodeId id) {
    const Node& n = doc[id];
    std::string d = n.tag;
    if (!n.attr("id").empty()) d += "#" + n.attr("id");
    std::string cls = collapse_white_space(n.attr("class"));
    if (!cls.empty()) d += "." + cls.substr(0, cls.find(' '));
    return d + " (line " + std::to_string(n.line) + ")";
}

// Similar enough to be the same title: equal once white space and case are ignored.
bool same_title(const std::string& a, const std::string& b) {
    auto norm = [](std::string s) {
        s = collapse_white_space(s);
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    return !a.empty() && norm(a) == norm(b);
}

class Pass {
  public:
    Pass(Document& doc, Flags flags, const ExtractOptions& options)
        : doc_(doc), flags_(flags), options_(options) {}

    Extraction run();

  private:
    void drop(NodeId id, std::string reason) {
        if (collapse_white_space(doc_.text_content(id)).size() > 0)
            out_.dropped.push_back({doc_[id].line, std::move(reason), excerpt(doc_, id)});
        doc_.remove(id);
    }
    void grow() {
        const std::size_t n = doc_.size();
        score_.resize(n, 0.0);
        scored_.resize(n, false);
        text_.resize(n, 0);
        link_.resize(n, 0.0);
        commas_.resize(n, 0);
        block_.resize(n, false);
        holds_article_.resize(n, false);
    }
    void compute_lengths(NodeId from);
    std::string byline_text(NodeId id) const;
    void walk(NodeId body);
    void wrap_phrasing(NodeId div);
    void score_paragraphs();
    void init_candidate(NodeId id);
    NodeId choose_top(NodeId body);
    void gather(NodeId top, NodeId body);
    void clean();
    double link_density(NodeId id) const {
        return text_[id] == 0 ? 0.0 : link_[id] / static_cast<double>(text_[id]);
    }

    Document& doc_;
    Flags flags_;
    const ExtractOptions& options_;
    Extraction out_;
    std::vector<double> score_;
    std::vector<bool> scored_;
    std::vector<std::size_t> text_;
    std::vector<double> link_;
    std::vector<int> commas_;
    std::vector<bool> block_; // has a descendant that makes a div a container
    std::vector<bool> holds_article_; // has an <article>, <main> or articleBody descendant
    std::vector<NodeId> to_score_;
    std::vector<NodeId> candidates_;
    bool title_dropped_ = false;
};

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

void Pass::init_candidate(NodeId id) {
    if (scored_[id]) return;
    scored_[id] = true;
    const Node& n = doc_[id];
    double s = rules::tag_base_score(n.tag);
    if (flags_.weight_classes) s += rules::class_weight(n);
    if (n.attr("itemprop") == "articleBody") s += 25;
    score_[id] = s;
    candidates_.push_back(id);
}

// Each paragraph of 25 characters or more scores 1, plus its commas, plus
// one per 100 characters (at most 3); its parent gets it all, the
// grandparent half, further ancestors less (up to five levels).
void Pass::score_paragraphs() {
    for (NodeId id : to_score_) {
        if (doc_.detached(id) || text_[id] < 25) continue;
        const double s =
            1.0 + commas_[id] + std::min<double>(std::floor(static_cast<double>(text_[id]) / 100), 3);
        NodeId a = doc_[id].parent;
        for (int level = 0; level < 5 && a != no_node && doc_[a].parent != no_node; ++level) {
            init_candidate(a);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            score_[a] += s / divider;
            a = doc_[a].parent;
        }
    }
    for (NodeId c : candidates_)
        score_[c] *= 1.0 - link_density(c);
}

NodeId Pass::choose_top(NodeId body) {
    std::vector<NodeId> top = candidates_;
    std::stable_sort(top.begin(), top.end(),
                     [&](NodeId a, NodeId b) { return score_[a] > score_[b]; });
    if (top.size() > 5) top.resize(5);
    if (top.empty() || top.front() == body) return no_node;
    NodeId best = top.front();
    // Several near-best candidates under one ancestor: the article is that ancestor.
    std::vector<std::vector<NodeId>> alt_ancestors;
    for (std::size_t i = 1; i < top.size(); ++i) {
        if (score_[top[i]] / score_[best] < 0.75) continue;
        std::vector<NodeId> anc;
        for (NodeId p = doc_[top[i]].parent; p != no_node; p = doc_[p].parent)
            anc.push_back(p);
        alt_ancestors.push_back(std::move(anc));
    }
    if (alt_ancestors.size() >= 3) {
        for (NodeId p = doc_[best].parent; p != no_node && p != body; p = doc_[p].parent) {
            int lists = 0;
            for (const auto& anc : alt_ancestors)
                lists += std::find(anc.begin(), anc.end(), p) != anc.end();
            if (lists >= 3) {
                best = p;
                break;
            }
        }
    }
    init_candidate(best);
    // Climb while the parent scores well: the article's paragraphs may be
    // split over several children of it.
    double last = score_[best];
    const double threshold = last / 3;
    for (NodeId p = doc_[best].parent; p != no_node && p != body; p = doc_[p].parent) {
        if (!scored_[p]) continue;
        if (score_[p] < threshold) break;
        if (score_[p] > last) {
            best = p;
            break;
        }
        last = score_[p];
    }
    // A lone child's wrapper is the same content (white space between tags
    // is not a sibling).
    auto only_child = [&](NodeId p) {
        int n = 0;
        for (NodeId c : doc_.live_children(p))
            n += doc_[c].is_element() || text_[c] > 0;
        return n == 1;
    };
    for (NodeId p = doc_[best].parent; p != no_node && p != body && only_child(p); p = doc_[p].parent)
        best = p;
    init_candidate(best);
    return best;
}

// The top candidate and those of its siblings that score close to it or
// read like article paragraphs.
void Pass::gather(NodeId top, NodeId body) {
    const NodeId parent = doc_[top].parent;
    if (parent == no_node || top == body) {
        out_.kept.push_back(top);
        return;
    }
    const double threshold = std::max(10.0, score_[top] * 0.2);
    const std::string top_class = doc_[top].attr("class");
    for (NodeId s : doc_.live_children(parent)) {
        if (s == top) {
            out_.kept.push_back(s);
            continue;
        }
        const Node& n = doc_[s];
        if (n.type == Node::Type::Text) {
            if (!collapse_white_space(n.text).empty()) out_.dropped.push_back({n.line, "outside the article", excerpt(doc_, s)});
            continue;
        }
        double bonus = 0;
        if (!top_class.empty() && n.attr("class") == top_class) bonus = score_[top] * 0.2;
        bool keep = scored_[s] && score_[s] + bonus >= threshold;
        if (!keep && n.tag == "p") {
            const double ld = link_density(s);
            const std::string text = collapse_white_space(doc_.text_content(s));
            const std::size_t len = text_[s];
            if (len > 80 && ld < 0.25) keep = true;
            else if (len < 80 && len > 0 && ld == 0 &&
                     (text.back() == '.' || text.find(". ") != std::string::npos))
                keep = true;
        }
        if (keep) out_.kept.push_back(s);
        else if (text_[s] > 0) out_.dropped.push_back({n.line, "outside the article", excerpt(doc_, s)});
    }
}

Extraction Pass::run() {
    NodeId body = doc_.find("body");
    if (body == no_node) body = doc_.root();
    compute_lengths(body);
    walk(body);
    compute_lengths(body);
    score_paragraphs();
    const NodeId top = choose_top(body);
    if (top == no_node) {
        out_.container = body;
        out_.rule = "whole body (no paragraph scored)";
        out_.kept = doc_.live_children(body);
    } else {
        out_.container = top;
        char buf[64];
        std::snprintf(buf, sizeof buf, "best score %.1f", score_[top]);
        out_.rule = buf;
        gather(top, body);
    }
    out_.container_desc = describe(doc_, out_.container);
    CleanOptions co;
    co.conditionally = flags_.clean_conditionally;
    co.weight_classes = flags_.weight_classes;
    clean_article(doc_, out_.kept, co, out_.dropped);
    out_.text_length = 0;
    for (NodeId k : out_.kept)
        if (!doc_[k].removed) out_.text_length += text_length(doc_, k);
    return out_;
}

} // namespace

std::size_t text_length(const Document& doc, NodeId id) {
    return util::length(collapse_white_space(doc.text_content(id)));
}

Extraction extract_article(Document& doc, const ExtractOptions& options) {
    // Strict first; each retry gives up one rule, as long as too little text is kept.
    const Flags levels[] = {{true, true, true}, {false, true, true}, {false, false, true},
                            {false, false, false}};
    Document best_doc;
    Extraction best;
    bool have = false;
    for (const Flags& f : levels) {
        Document attempt = doc;
        Extraction e = Pass(attempt, f, options).run();
        if (!f.strip_unlikely) e.rule += ", lenient";
        if (!have || e.text_length > best.text_length) {
            best = std::move(e);
            best_doc = std::move(attempt);
            have = true;
        }
        if (best.text_length >= options.min_text) break;
    }
    doc = std::move(best_doc);
    return best;
}

} // namespace galley::read::html
