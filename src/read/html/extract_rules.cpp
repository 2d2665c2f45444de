#include "read/html/extract_rules.hpp"

#include "util/text.hpp"

#include <array>

namespace galley::read::html::rules {

namespace {

constexpr std::array<std::string_view, 31> unlikely_words = {
    "-ad-",     "ai2html",    "banner",    "breadcrumbs", "combx",      "comment",
    "community", "cover-wrap", "disqus",   "extra",       "footer",     "gdpr",
    "header",   "legends",    "menu",      "related",     "remark",     "replies",
    "rss",      "shoutbox",   "sidebar",   "skyscraper",  "social",     "sponsor",
    "supplemental", "ad-break", "agegate", "pagination",  "pager",      "popup",
    "yom-remote"};
constexpr std::array<std::string_view, 8> maybe_words = {"and",  "article", "body",    "column",
                                                         "content", "main", "mathjax", "shadow"};
constexpr std::array<std::string_view, 13> positive_words = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main",
    "page",    "pagination", "post", "text", "blog", "story"};
constexpr std::array<std::string_view, 23> negative_words = {
    "-ad-",   "hidden",  "banner",  "combx",  "comment", "com-",     "contact", "footer",
    "gdpr",   "masthead", "media",  "meta",   "outbrain", "promo",   "related", "scroll",
    "share",  "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "widget"};

template <std::size_t N>
std::string_view first_in(std::string_view s, const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        if (s.find(w) != std::string_view::npos) return w;
    return {};
}

bool has_word(std::string_view s, std::string_view word) {
    for (std::size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        const bool start = at == 0 || s[at - 1] == ' ';
        const bool end = at + word.size() == s.size() || s[at + word.size()] == ' ';
        if (start && end) return true;
    }
    return false;
}

int weight_of(std::string_view s) {
    if (s.empty()) return 0;
    int w = 0;
    if (!first_in(s, negative_words).empty() || has_word(s, "hid") || has_word(s, "tags")) w -= 25;
    if (!first_in(s, positive_words).empty()) w += 25;
    return w;
}

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        if (s == w) return true;
    return false;
}

} // namespace

std::string class_and_id(const Node& n) {
    return util::to_lower_ascii(n.attr("class") + " " + n.attr("id"));
}

std::string_view unlikely_word(std::string_view hints) {
    const std::string_view w = first_in(hints, unlikely_words);
    if (w.empty() || !first_in(hints, maybe_words).empty()) return {};
    return w;
}

std::string_view unlikely_token(std::string_view hints) {
    std::size_t i = 0;
    while (i < hints.size()) {
        std::size_t j = hints.find_first_of(" -_", i);
        if (j == std::string_view::npos) j = hints.size();
        const std::string_view token = hints.substr(i, j - i);
        if (!unlikely_word(token).empty() && unlikely_word(token).size() == token.size())
            return unlikely_word(token);
        i = j + 1;
    }
    return {};
}

int class_weight(const Node& n) {
    return weight_of(util::to_lower_ascii(n.attr("class"))) +
           weight_of(util::to_lower_ascii(n.attr("id")));
}

bool is_chrome_role(std::string_view role) {
    constexpr std::array<std::string_view, 7> roles = {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};
    return one_of(role, roles);
}

bool is_never_content(std::string_view tag) {
    constexpr std::array<std::string_view, 22> tags = {
        "script", "style",  "template", "iframe", "object", "embed", "applet", "frame",
        "frameset", "button", "input",  "select", "textarea", "link", "meta",  "canvas",
        "nav",    "dialog", "audio",   "video",  "source",  "noembed"};
    return one_of(tag, tags);
}

bool is_hidden(const Node& n) {
    if (n.has_attr("hidden")) return true;
    if (n.attr("aria-hidden") == "true" &&
        util::to_lower_ascii(n.attr("class")).find("fallback-image") == std::string::npos)
        return true;
    std::string style = util::to_lower_ascii(n.attr("style"));
    std::erase(style, ' ');
    return style.find("display:none") != std::string::npos ||
           style.find("visibility:hidden") != std::string::npos;
}

bool is_phrasing(std::string_view tag) {
    constexpr std::array<std::string_view, 41> tags = {
        "abbr", "audio", "b",     "bdo",    "br",     "button", "cite",  "code",  "data",
        "datalist", "dfn", "em",  "embed",  "i",      "img",    "input", "kbd",   "label",
        "mark", "math",  "meter", "noscript", "object", "output", "progress", "q", "ruby",
        "samp", "script", "select", "small", "span",  "strong", "sub",  "sup",   "textarea",
        "time", "var",   "wbr",   "font",   "u"};
    return one_of(tag, tags);
}

bool is_div_block(std::string_view tag) {
    constexpr std::array<std::string_view, 16> tags = {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section",
        "article", "figure", "h2", "h3", "h4", "aside"};
    return one_of(tag, tags);
}

bool looks_like_byline(const Node& n, std::string_view hints) {
    if (n.attr("rel") == "author") return true;
    if (util::to_lower_ascii(n.attr("itemprop")).find("author") != std::string::npos) return true;
    for (std::string_view w : {"byline", "author", "dateline", "writtenby", "p-author"})
        if (hints.find(w) != std::string_view::npos) return true;
    return false;
}

int tag_base_score(std::string_view tag) {
    if (tag == "div" || tag == "article" || tag == "main") return 5;
    if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
    if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" ||
        tag == "dt" || tag == "li" || tag == "form")
        return -3;
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return -5;
    if (tag == "th") return -5;
    return 0;
}

int count_commas(std::string_view s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ',') ++n;
        else if (s.substr(i, 2) == "\xD8\x8C") ++n;                // Arabic comma
        else if (s.substr(i, 3) == "\xEF\xBC\x8C") ++n;            // full-width comma
        else if (s.substr(i, 3) == "\xE3\x80\x81") ++n;            // ideographic comma
    }
    return n;
}

} // namespace galley::read::html::rules
