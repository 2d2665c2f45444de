#include "read/html/page_metadata.hpp"

#include "read/html/json_ld.hpp"
#include "read/html/url.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace galley::read::html {

namespace {

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// Every <meta>'s name, property or itemprop (lower-cased) to its content; the first wins.
std::map<std::string, std::string> meta_values(const Document& doc) {
    std::map<std::string, std::string> out;
    // RDFa `property` first: pages that give both mean it as the precise one.
    for (const char* key : {"property", "name", "itemprop"}) {
        for (NodeId id : doc.find_all("meta")) {
            const Node& n = doc[id];
            const std::string content = collapse_white_space(n.attr("content"));
            if (content.empty()) continue;
            // property may list several names ("og:title twitter:title").
            const std::string names = util::to_lower_ascii(n.attr(key));
            std::size_t i = 0;
            while (i < names.size()) {
                std::size_t j = names.find(' ', i);
                if (j == std::string::npos) j = names.size();
                if (j > i) out.emplace(names.substr(i, j - i), content);
                i = j + 1;
            }
        }
    }
    return out;
}

std::string first_meta(const std::map<std::string, std::string>& meta,
                       std::initializer_list<const char*> keys, std::string* which = nullptr) {
    for (const char* k : keys) {
        if (auto it = meta.find(k); it != meta.end()) {
            if (which) *which = std::string("meta ") + k;
            return it->second;
        }
    }
    return {};
}

std::string link_href(const Document& doc, std::string_view rel) {
    for (NodeId id : doc.find_all("link"))
        if (util::to_lower_ascii(doc[id].attr("rel")) == rel && !doc[id].attr("href").empty())
            return std::string(util::trim(doc[id].attr("href")));
    return {};
}

bool has_separator(const std::string& t, std::size_t& first, std::size_t& last, std::size_t& len) {
    static const std::array<std::string_view, 10> seps = {" | ", " - ", " – ", " — ", " \\ ",
                                                          " / ", " > ", " » ", " :: ", " · "};
    first = std::string::npos;
    last = std::string::npos;
    for (std::string_view s : seps) {
        const std::size_t f = t.find(s);
        if (f == std::string::npos) continue;
        const std::size_t l = t.rfind(s);
        if (first == std::string::npos || f < first) first = f;
        if (last == std::string::npos || l > last) {
            last = l;
            len = s.size();
        }
    }
    return first != std::string::npos;
}

bool is_month(std::string_view w) {
    static const char* const months[] = {"january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november",
                                         "december", "jan", "feb", "mar", "apr", "jun", "jul",
                                         "aug", "sep", "sept", "oct", "nov", "dec"};
    std::string lw = util::to_lower_ascii(w);
    while (!lw.empty() && (lw.back() == '.' || lw.back() == ',')) lw.pop_back();
    for (const char* m : months)
        if (lw == m) return true;
    return false;
}

// "Jane Doe May 20, 2019" -> "Jane Doe": a byline's words stop at the first
// one holding a digit, and trailing month names, lower-case words ("před",
// "on") and dashes go with it. Names are capitalised words.
std::string cut_date_tail(const std::string& s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    std::size_t keep = words.size();
    for (std::size_t k = 0; k < words.size(); ++k)
        if (words[k].find_first_of("0123456789") != std::string::npos) {
            keep = k;
            break;
        }
    if (keep == 0) return {};
    if (keep < words.size()) {
        while (keep > 1) {
            const std::string& w = words[keep - 1];
            const bool lower_word = w[0] >= 'a' && w[0] <= 'z';
            if (!is_month(w) && !lower_word && w.find_first_not_of("-–—|,:;") != std::string::npos) break;
            --keep;
        }
    }
    while (keep > 0 && words[keep - 1].find_first_not_of("-–—|,:;") == std::string::npos)
        --keep;
    std::string out;
    for (std::size_t k = 0; k < keep; ++k)
        out += (k ? " " : "") + words[k];
    while (!out.empty() && (out.back() == ',' || out.back() == ';')) out.pop_back();
    return out;
}

} // namespace

std::string clean_title(const std::string& title, const Document& doc) {
    const std::string orig = collapse_white_space(title);
    std::string cur = orig;
    std::size_t first = 0, last = 0, len = 0;
    const bool separated = has_separator(orig, first, last, len);
    auto is_heading_text = [&](const std::string& t) {
        for (const char* h : {"h1", "h2"})
            for (NodeId id : doc.find_all(h))
                if (collapse_white_space(doc.text_content(id)) == t) return true;
        return false;
    };
    if (separated && is_heading_text(collapse_white_space(orig.substr(0, last)))) {
        // A heading of the page repeats the part before the site's name.
        return collapse_white_space(orig.substr(0, last));
    }
    if (separated) {
        cur = orig.substr(0, last);
        if (word_count(cur) < 3) {
            const std::size_t after = orig.find(' ', first + 1);
            cur = after == std::string::npos ? orig : orig.substr(after + 1);
        }
    } else if (orig.find(": ") != std::string::npos) {
        bool heading_matches = false;
        for (const char* h : {"h1", "h2"})
            for (NodeId id : doc.find_all(h))
                heading_matches = heading_matches || collapse_white_space(doc.text_content(id)) == orig;
        if (!heading_matches) {
            cur = std::string(util::trim(orig.substr(orig.rfind(':') + 1)));
            if (word_count(cur) < 3) cur = std::string(util::trim(orig.substr(orig.find(':') + 1)));
            else if (word_count(orig.substr(0, orig.find(':'))) > 5) cur = orig;
        }
    } else if (orig.size() > 150 || orig.size() < 15) {
        const std::vector<NodeId> h1 = doc.find_all("h1");
        if (h1.size() == 1) cur = collapse_white_space(doc.text_content(h1[0]));
    }
    cur = collapse_white_space(cur);
    // Too little left: the cut took the title, not the site name.
    if (word_count(cur) <= 4 && (!separated || word_count(cur) + 1 != word_count(orig) - 1))
        cur = orig;
    return cur;
}

std::vector<std::string> names_from_byline(std::string_view byline) {
    std::string s = collapse_white_space(byline);
    for (std::string_view prefix : {"written by ", "posted by ", "by ", "par ", "von ", "por ", "door "}) {
        if (util::starts_with_icase(s, prefix)) {
            s.erase(0, prefix.size());
            break;
        }
    }
    if (util::to_lower_ascii(s) == "by") s.clear();
    // A date or a site after a bar or a bullet is not a name.
    for (std::string_view stop : {" | ", " · ", " • "})
        if (const std::size_t at = s.find(stop); at != std::string::npos) s.erase(at);
    s = cut_date_tail(s);
    std::vector<std::string> names;
    const std::string lower = util::to_lower_ascii(s);
    if (s.empty() || lower == "staff" || lower.ends_with(" staff") || s.size() > 200) return names;
    names.push_back(s);
    return names;
}

PageMetadata read_page_metadata(const Document& doc) {
    PageMetadata m;
    const auto meta = meta_values(doc);
    JsonLdArticle ld;
    for (NodeId id : doc.find_all("script"))
        if (util::to_lower_ascii(doc[id].attr("type")) == "application/ld+json" &&
            read_json_ld(doc.text_content(id), ld))
            break;

    // Title.
    if (!ld.headline.empty()) {
        m.title = collapse_white_space(ld.headline);
        m.title_rule = "JSON-LD headline";
    }
    if (m.title.empty())
        m.title = first_meta(meta, {"dc.title", "dcterm:title", "og:title", "weibo:article:title",
                                    "weibo:webpage:title", "title", "twitter:title"},
                             &m.title_rule);
    const NodeId title_el = doc.find("title");
    if (m.title.empty() && title_el != no_node) {
        m.title = clean_title(doc.text_content(title_el), doc);
        m.title_rule = "<title>";
    }
    if (m.title.empty()) {
        const std::vector<NodeId> h1 = doc.find_all("h1");
        if (!h1.empty()) {
            m.title = collapse_white_space(doc.text_content(h1[0]));
            m.title_rule = "<h1>";
        }
    }

    // Authors.
    if (!ld.authors.empty()) {
        for (const std::string& a : ld.authors)
            for (std::string& n : names_from_byline(a))
                m.authors.push_back(std::move(n));
        if (!m.authors.empty()) m.authors_rule = "JSON-LD author";
    }
    if (m.authors.empty()) {
        std::string rule;
        const std::string a = first_meta(meta, {"dc.creator", "dcterm:creator", "author",
                                                "parsely-author", "sailthru.author"}, &rule);
        if (!a.empty() && !is_remote_url(a)) {
            m.authors = names_from_byline(a);
            if (!m.authors.empty()) m.authors_rule = rule;
        }
    }
    if (m.authors.empty()) {
        for (NodeId id : doc.find_all("a")) {
            if (doc[id].attr("rel") != "author") continue;
            m.authors = names_from_byline(doc.text_content(id));
            if (!m.authors.empty()) {
                m.authors_rule = "rel=author";
                break;
            }
        }
    }

    // Date.
    if (!ld.date_published.empty()) {
        m.date = ld.date_published;
        m.date_rule = "JSON-LD datePublished";
    }
    if (m.date.empty())
        m.date = first_meta(meta, {"article:published_time", "parsely-pub-date", "dc.date",
                                   "dcterm:created", "date", "datepublished", "pubdate"},
                            &m.date_rule);
    if (m.date.empty()) {
        for (NodeId id : doc.find_all("time")) {
            if (doc[id].attr("datetime").empty()) continue;
            m.date = collapse_white_space(doc[id].attr("datetime"));
            m.date_rule = "<time datetime>";
            break;
        }
    }

    m.site_name = first_meta(meta, {"og:site_name"});
    if (m.site_name.empty()) m.site_name = collapse_white_space(ld.publisher);
    if (m.site_name.empty()) m.site_name = first_meta(meta, {"application-name"});

    m.url = link_href(doc, "canonical");
    if (m.url.empty()) m.url = first_meta(meta, {"og:url"});
    if (m.url.empty() && is_remote_url(ld.url)) m.url = ld.url;
    if (!is_remote_url(m.url)) m.url.clear();
    if (m.url.substr(0, 2) == "//") m.url = "https:" + m.url;

    std::string base;
    if (const NodeId b = doc.find("base"); b != no_node) base = util::trim(doc[b].attr("href"));
    m.base_url = base.empty() ? m.url : resolve_url(m.url, base);

    m.lang = collapse_white_space(doc[doc.root()].attr("lang"));
    if (m.lang.empty()) {
        m.lang = first_meta(meta, {"og:locale"});
        std::replace(m.lang.begin(), m.lang.end(), '_', '-');
    }
    m.description = first_meta(meta, {"dc.description", "dcterm:description", "og:description",
                                      "weibo:article:description", "description",
                                      "twitter:description"});
    if (m.description.empty()) m.description = collapse_white_space(ld.description);
    m.image = first_meta(meta, {"og:image", "twitter:image"});
    if (m.image.empty()) m.image = ld.image;
    return m;
}

} // namespace galley::read::html
