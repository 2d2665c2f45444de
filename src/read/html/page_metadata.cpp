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

// A meta name as the vocabularies mean it: lower case, "DC.title" and
// "dc:title" the same key.
std::string meta_key(std::string_view name) {
    std::string k = util::to_lower_ascii(name);
    std::replace(k.begin(), k.end(), '.', ':');
    return k;
}

// Every <meta>'s name, property or itemprop (normalised by meta_key) to its
// contents, in page order. RDFa `property` first: pages that give both mean
// it as the precise one; a key keeps the contents of its first attribute only.
using MetaValues = std::map<std::string, std::vector<std::string>>;

MetaValues meta_values(const Document& doc) {
    MetaValues out;
    const std::vector<NodeId> metas = doc.find_all("meta");
    for (const char* attr : {"property", "name", "itemprop"}) {
        MetaValues these;
        for (NodeId id : metas) {
            const Node& n = doc[id];
            const std::string content = collapse_white_space(n.attr("content"));
            if (content.empty()) continue;
            // property may list several names ("og:title twitter:title").
            const std::string names = n.attr(attr);
            std::size_t i = 0;
            while (i < names.size()) {
                std::size_t j = names.find_first_of(" \t\n", i);
                if (j == std::string::npos) j = names.size();
                if (j > i) these[meta_key(names.substr(i, j - i))].push_back(content);
                i = j + 1;
            }
        }
        for (auto& [k, v] : these)
            out.emplace(k, std::move(v));
    }
    return out;
}

// The contents of the first of `keys` the page has (all of them: a key may
// repeat, as authors do), skipping contents `skip` refuses.
template <typename Skip>
std::vector<std::string> first_meta_all(const MetaValues& meta, std::initializer_list<const char*> keys,
                                        std::string* which, Skip skip) {
    for (const char* k : keys) {
        auto it = meta.find(k);
        if (it == meta.end()) continue;
        std::vector<std::string> values;
        for (const std::string& v : it->second)
            if (!skip(v)) values.push_back(v);
        if (values.empty()) continue;
        if (which) *which = std::string("meta ") + k;
        return values;
    }
    return {};
}

std::string first_meta(const MetaValues& meta, std::initializer_list<const char*> keys,
                       std::string* which = nullptr) {
    const auto all = first_meta_all(meta, keys, which, [](const std::string&) { return false; });
    return all.empty() ? std::string() : all.front();
}

// Words of `a` also in `b`, as a share of `a`'s words (ASCII case ignored).
double shared_words(const std::string& a, const std::string& b) {
    auto words = [](const std::string& s) {
        std::vector<std::string> out;
        std::string w;
        for (char c : util::to_lower_ascii(s) + " ") {
            const bool sep = c == ' ' || c == ',' || c == ':' || c == '|' || c == '-' || c == '.';
            if (!sep) w += c;
            else if (!w.empty()) out.push_back(std::move(w)), w.clear();
        }
        return out;
    };
    const std::vector<std::string> wa = words(a), wb = words(b);
    if (wa.empty()) return 0;
    std::size_t n = 0;
    for (const std::string& w : wa)
        n += std::find(wb.begin(), wb.end(), w) != wb.end();
    return static_cast<double>(n) / static_cast<double>(wa.size());
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

PageMetadata read_page_metadata(const Document& doc) {
    PageMetadata m;
    const auto meta = meta_values(doc);
    JsonLdArticle ld;
    for (NodeId id : doc.find_all("script"))
        if (util::to_lower_ascii(doc[id].attr("type")) == "application/ld+json" &&
            read_json_ld(doc.text_content(id), ld))
            break;

    // Title. A JSON-LD object naming the article both ways (name and
    // headline) means the one that covers more of the page's <title>: some
    // pages' headline is a description ("constitutional monarchy in
    // Oceania"), others' name is the site's.
    const NodeId title_el = doc.find("title");
    const std::string page_title = title_el == no_node ? "" : collapse_white_space(doc.text_content(title_el));
    if (!ld.headline.empty()) {
        m.title = collapse_white_space(ld.headline);
        m.title_rule = "JSON-LD headline";
        const std::string name = collapse_white_space(ld.name);
        if (!name.empty() && name != m.title && shared_words(page_title, name) > shared_words(page_title, m.title)) {
            m.title = name;
            m.title_rule = "JSON-LD name";
        }
    } else if (!ld.name.empty()) {
        m.title = collapse_white_space(ld.name);
        m.title_rule = "JSON-LD name";
    }
    if (m.title.empty())
        m.title = first_meta(meta, {"dc:title", "dcterm:title", "dcterms:title", "og:title",
                                    "weibo:article:title", "weibo:webpage:title", "title",
                                    "twitter:title", "parsely-title"},
                             &m.title_rule);
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
        // A repeated author meta is one author each; an address (a profile
        // page) is not a name.
        std::string rule;
        const std::vector<std::string> all = first_meta_all(
            meta, {"dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author",
                   "og:article:author", "parsely-author", "sailthru:author"},
            &rule, [](const std::string& v) { return is_remote_url(v) || v.rfind("www.", 0) == 0; });
        for (const std::string& a : all)
            for (std::string& n : names_from_byline(a))
                if (std::find(m.authors.begin(), m.authors.end(), n) == m.authors.end())
                    m.authors.push_back(std::move(n));
        if (!m.authors.empty()) m.authors_rule = rule;
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
        m.date = first_meta(meta, {"article:published_time", "parsely-pub-date", "dc:date",
                                   "dcterm:created", "dcterms:created", "date", "datepublished", "pubdate"},
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
    m.description = first_meta(meta, {"dc:description", "dcterm:description", "dcterms:description", "og:description",
                                      "weibo:article:description", "description",
                                      "twitter:description"});
    if (m.description.empty()) m.description = collapse_white_space(ld.description);
    m.image = first_meta(meta, {"og:image", "twitter:image"});
    if (m.image.empty()) m.image = ld.image;
    return m;
}

} // namespace galley::read::html
