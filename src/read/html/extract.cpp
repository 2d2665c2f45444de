// Article extraction: one scoring pass per strictness level, the best kept.
#include "read/html/extract.hpp"

#include "read/html/extract_clean.hpp"
#include "read/html/extract_pass.hpp"
#include "util/utf8.hpp"

#include <cstdio>

namespace galley::read::html {

namespace detail {

std::string excerpt(const Document& doc, NodeId id) {
    std::string t = collapse_white_space(doc.text_content(id));
    if (util::length(t) <= 60) return t;
    std::size_t i = 0;
    for (int n = 0; n < 60 && i < t.size(); ++n)
        util::next_code_point(t, i);
    return t.substr(0, i) + "…";
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

namespace {

std::string describe(const Document& doc, NodeId id) {
    const Node& n = doc[id];
    std::string d = n.tag;
    if (!n.attr("id").empty()) d += "#" + n.attr("id");
    std::string cls = collapse_white_space(n.attr("class"));
    if (!cls.empty()) d += "." + cls.substr(0, cls.find(' '));
    return d + " (line " + std::to_string(n.line) + ")";
}

} // namespace

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

} // namespace detail

std::size_t text_length(const Document& doc, NodeId id) {
    return util::length(collapse_white_space(doc.text_content(id)));
}

Extraction extract_article(Document& doc, const ExtractOptions& options) {
    // Strict first; each retry gives up one rule, as long as too little text is kept.
    const detail::Flags levels[] = {{true, true, true}, {false, true, true}, {false, false, true},
                            {false, false, false}};
    Document best_doc;
    Extraction best;
    bool have = false;
    for (const detail::Flags& f : levels) {
        Document attempt = doc;
        Extraction e = detail::Pass(attempt, f, options).run();
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
