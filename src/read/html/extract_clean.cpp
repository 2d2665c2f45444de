#include "read/html/extract_clean.hpp"

#include "read/html/extract_rules.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace galley::read::html {

namespace {

struct Counts {
    std::size_t text = 0;
    double link = 0;
    int commas = 0;
    int p = 0, img = 0, li = 0, input = 0, embed = 0, a = 0;
    std::size_t list_text = 0; // text inside lists
};

std::string first_chars(const Document& doc, NodeId id) {
    std::string t = collapse_white_space(doc.text_content(id));
    std::size_t i = 0;
    for (int n = 0; n < 60 && i < t.size(); ++n)
        util::next_code_point(t, i);
    return i < t.size() ? t.substr(0, i) + "…" : t;
}

bool inside_data_table(const Document& doc, NodeId id, const std::map<NodeId, bool>& tables) {
    for (NodeId p = id; p != no_node; p = doc[p].parent) {
        auto it = tables.find(p);
        if (it != tables.end() && it->second) return true;
    }
    return false;
}

// Why a container of mostly links, images or form fields is chrome, or "".
std::string conditional_reason(const Node& n, const Counts& c, int weight, bool in_figure) {
    if (weight < 0) return "class/id weight";
    if (c.commas >= 10) return {};
    const bool is_list = n.tag == "ul" || n.tag == "ol" ||
                         (c.text > 0 && static_cast<double>(c.list_text) / static_cast<double>(c.text) > 0.9);
    const double ld = c.text == 0 ? 0.0 : c.link / static_cast<double>(c.text);
    const int li = c.li - 100;
    if (c.img > 1 && static_cast<double>(c.p) / c.img < 0.5 && !in_figure) return "images without text";
    if (!is_list && li > c.p) return "list items without paragraphs";
    if (c.input > c.p / 3) return "form fields";
    if (!is_list && c.text < 25 && (c.img == 0 || c.img > 2) && !in_figure) return "too little text";
    if (!is_list && weight < 25 && ld > 0.2) return "link-heavy";
    if (weight >= 25 && ld > 0.5) return "link-heavy";
    if ((c.embed == 1 && c.text < 75) || c.embed > 1) return "embeds";
    return {};
}

// A row of three links or more with nothing between them but separators
// ("Home | News | Sport", "a · b · c"): a menu, whatever its markup.
bool is_link_bar(const Document& doc, NodeId id, const Counts& c) {
    if (c.a < 3 || c.text == 0 || c.link < 0.6 * static_cast<double>(c.text)) return false;
    std::string outside;
    for (NodeId d : doc.descendants(id)) {
        if (doc[d].type != Node::Type::Text) continue;
        const NodeId link = doc.ancestor(d, "a");
        if (link == no_node || !doc.inside(link, id)) outside += doc[d].text;
    }
    const std::string_view rest = outside;
    std::size_t i = 0;
    while (i < rest.size()) {
        bool matched = false;
        for (std::string_view sep : {"|", "\xC2\xB7", "\xE2\x80\xA2", "/", "-", "\xE2\x80\x93", "\xE2\x80\x94",
                                     " ", "\t", "\n", "\r", "\xC2\xA0"}) {
            if (rest.substr(i, sep.size()) == sep) {
                i += sep.size();
                matched = true;
                break;
            }
        }
        if (!matched) return false;
    }
    return true;
}

} // namespace

bool is_data_table(const Document& doc, NodeId table) {
    const Node& t = doc[table];
    if (t.attr("role") == "presentation" || t.attr("datatable") == "0") return false;
    if (!t.attr("summary").empty()) return true;
    int rows = 0, cols = 0;
    for (NodeId d : doc.descendants(table)) {
        const Node& n = doc[d];
        if (n.is("caption") && !doc.text_content(d).empty()) return true;
        if (n.is("col") || n.is("colgroup") || n.is("tfoot") || n.is("thead") || n.is("th"))
            return true;
        if (n.is("table")) return false;
        if (n.is("tr")) {
            ++rows;
            int c = 0;
            for (NodeId cell : n.children) {
                if (!doc[cell].is("td")) continue;
                const int span = std::atoi(doc[cell].attr("colspan").c_str());
                c += span > 0 && span < 1000 ? span : 1;
            }
            cols = std::max(cols, c);
        }
    }
    if (rows == 1 || cols == 1) return false;
    if (rows >= 10 || cols > 4) return true;
    return rows * cols > 10;
}

void clean_article(Document& doc, const std::vector<NodeId>& kept, const CleanOptions& options,
                   std::vector<DroppedBlock>& dropped) {
    auto drop = [&](NodeId id, std::string reason, std::size_t text) {
        if (text > 0) dropped.push_back({doc[id].line, std::move(reason), first_chars(doc, id)});
        doc.remove(id);
    };
    std::map<NodeId, bool> tables;
    std::vector<NodeId> order;
    for (NodeId root : kept) {
        order.push_back(root);
        for (NodeId d : doc.descendants(root))
            order.push_back(d);
    }
    for (NodeId id : order)
        if (doc[id].is("table")) tables[id] = is_data_table(doc, id);

    const std::set<NodeId> roots(kept.begin(), kept.end());
    std::vector<Counts> counts(doc.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const NodeId id = *it;
        const Node& n = doc[id];
        if (n.removed) continue;
        Counts& c = counts[static_cast<std::size_t>(id)];
        if (n.type == Node::Type::Text) {
            const std::string t = collapse_white_space(n.text);
            c.text = util::length(t);
            c.commas = rules::count_commas(t);
            continue;
        }
        for (NodeId k : n.children) {
            if (doc[k].removed) continue;
            const Counts& kc = counts[static_cast<std::size_t>(k)];
            c.text += kc.text;
            c.link += kc.link;
            c.commas += kc.commas;
            c.p += kc.p + doc[k].is("p");
            c.img += kc.img + doc[k].is("img");
            c.li += kc.li + doc[k].is("li");
            c.a += kc.a + doc[k].is("a");
            c.input += kc.input + doc[k].is("input");
            c.embed += kc.embed + (doc[k].is("object") || doc[k].is("embed") || doc[k].is("iframe"));
            c.list_text += kc.list_text;
        }
        if (n.tag == "a") c.link = static_cast<double>(c.text);
        if (n.tag == "ul" || n.tag == "ol") c.list_text = c.text;

        if (roots.count(id)) continue;
        const std::string hints = rules::class_and_id(n);
        if (n.tag == "footer" || (n.tag == "aside" && hints.find("pull") == std::string::npos)) {
            drop(id, "<" + n.tag + ">", c.text);
            continue;
        }
        if ((hints.find("share") != std::string::npos || hints.find("sharedaddy") != std::string::npos) &&
            c.text < 500 && n.tag != "p") {
            drop(id, "share buttons", c.text);
            continue;
        }
        if (options.weight_classes && (n.tag == "h1" || n.tag == "h2") && rules::class_weight(n) < 0) {
            drop(id, "heading of chrome", c.text);
            continue;
        }
        if (n.tag == "p" && c.text == 0 && c.img == 0 && c.embed == 0) {
            doc.remove(id); // an empty paragraph: nothing is lost
            continue;
        }
        if (n.tag == "p" && is_link_bar(doc, id, c)) {
            drop(id, "link bar", c.text);
            continue;
        }
        const bool judged = n.tag == "table" || n.tag == "ul" || n.tag == "ol" || n.tag == "div" ||
                            n.tag == "section" || n.tag == "form" || n.tag == "fieldset";
        if (!options.conditionally || !judged) continue;
        if (inside_data_table(doc, id, tables) || doc.ancestor(id, "code") != no_node ||
            doc.ancestor(id, "pre") != no_node)
            continue;
        const int weight = options.weight_classes ? rules::class_weight(n) : 0;
        const bool in_figure = doc.ancestor(id, "figure") != no_node || n.tag == "figure";
        std::string reason = conditional_reason(n, c, weight, in_figure);
        if (!reason.empty()) drop(id, reason, c.text);
    }
}

} // namespace galley::read::html
