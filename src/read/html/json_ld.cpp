#include "read/html/json_ld.hpp"

#include <nlohmann/json.hpp>

namespace galley::read::html {

namespace {

using nlohmann::json;

bool too_deep(std::string_view s, int limit) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit) return true;
        } else if (c == '}' || c == ']') --depth;
    }
    return false;
}

bool is_article_type(const json& type) {
    auto one = [](const std::string& t) {
        static const char* const types[] = {
            "Article",       "NewsArticle",   "BlogPosting",  "Report",        "ScholarlyArticle",
            "TechArticle",   "SocialMediaPosting", "LiveBlogPosting", "OpinionNewsArticle",
            "AnalysisNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Review",
            "MedicalWebPage", "APIReference", "AdvertiserContentArticle", "SatiricalArticle",
            "BackgroundNewsArticle", "AskPublicNewsArticle", "DiscussionForumPosting"};
        for (const char* k : types)
            if (t == k) return true;
        return false;
    };
    if (type.is_string()) return one(type.get<std::string>());
    if (type.is_array())
        for (const json& t : type)
            if (t.is_string() && one(t.get<std::string>())) return true;
    return false;
}

std::string text_of(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object()) {
        if (auto it = v.find("name"); it != v.end() && it->is_string()) return it->get<std::string>();
        if (auto it = v.find("url"); it != v.end() && it->is_string()) return it->get<std::string>();
        if (auto it = v.find("@id"); it != v.end() && it->is_string()) return it->get<std::string>();
    }
    if (v.is_array() && !v.empty()) return text_of(v.front());
    return {};
}

void fill(const json& o, JsonLdArticle& out) {
    auto set = [&](std::string& field, const char* key) {
        if (!field.empty()) return;
        if (auto it = o.find(key); it != o.end()) field = text_of(*it);
    };
    set(out.headline, "headline");
    set(out.name, "name");
    set(out.date_published, "datePublished");
    set(out.description, "description");
    set(out.url, "url");
    set(out.image, "image");
    if (auto it = o.find("publisher"); it != o.end() && out.publisher.empty())
        out.publisher = text_of(*it);
    if (auto it = o.find("author"); it != o.end() && out.authors.empty()) {
        const json& a = *it;
        if (a.is_array()) {
            for (const json& one : a) {
                const std::string name = one.is_object() ? (one.contains("name") ? text_of(one["name"]) : "")
                                                         : text_of(one);
                if (!name.empty()) out.authors.push_back(name);
            }
        } else if (a.is_object()) {
            if (a.contains("name")) {
                const std::string name = text_of(a["name"]);
                if (!name.empty()) out.authors.push_back(name);
            }
        } else if (a.is_string()) {
            out.authors.push_back(a.get<std::string>());
        }
    }
}

// The first article-like object, breadth-first over arrays and @graph
// (bounded: the JSON is at most 64 levels deep).
const json* find_article(const json& root) {
    std::vector<const json*> queue{&root};
    for (std::size_t i = 0; i < queue.size() && i < 10000; ++i) {
        const json& v = *queue[i];
        if (v.is_array()) {
            for (const json& e : v)
                queue.push_back(&e);
        } else if (v.is_object()) {
            if (auto t = v.find("@type"); t != v.end() && is_article_type(*t)) return &v;
            if (auto g = v.find("@graph"); g != v.end()) queue.push_back(&*g);
            if (auto m = v.find("mainEntity"); m != v.end()) queue.push_back(&*m);
        }
    }
    return nullptr;
}

} // namespace

bool read_json_ld(std::string_view script, JsonLdArticle& out) {
    // XHTML-minded pages wrap the JSON in a CDATA section or a comment.
    auto strip = [&](std::string_view open, std::string_view close) {
        const std::size_t a = script.find_first_not_of(" \t\r\n");
        if (a == std::string_view::npos || script.substr(a, open.size()) != open) return;
        script.remove_prefix(a + open.size());
        const std::size_t z = script.rfind(close);
        if (z != std::string_view::npos) script = script.substr(0, z);
    };
    strip("<![CDATA[", "]]>");
    strip("<!--", "-->");
    if (script.size() > (1u << 20) || too_deep(script, 64)) return false;
    const json root = json::parse(script.begin(), script.end(), nullptr, false);
    if (root.is_discarded()) return false;
    const json* article = find_article(root);
    if (!article) return false;
    fill(*article, out);
    return true;
}

} // namespace galley::read::html
