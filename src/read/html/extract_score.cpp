// Extraction, second stage: paragraphs scored and their scores passed to
// their ancestors, the best container chosen, its siblings gathered.
#include "read/html/extract_pass.hpp"

#include "read/html/extract_clean.hpp"
#include "read/html/extract_rules.hpp"

#include <algorithm>
#include <cmath>

namespace galley::read::html::detail {

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

} // namespace galley::read::html::detail
