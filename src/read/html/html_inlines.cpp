// PageMapper, inline content: text, emphasis, links and images.
#include "read/html/page_mapper.hpp"

#include "read/html/extract_rules.hpp"
#include "read/html/url.hpp"
#include "util/text.hpp"

#include <cctype>

namespace galley::read::html {

using model::Inline;

std::string squeeze_space(std::string_view s) { return util::collapse_html_space(s); }

namespace {

void append_text(model::Inlines& out, std::string text) {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == Inline::Kind::Text) {
        // No double space where two runs meet.
        if (!out.back().text.empty() && out.back().text.back() == ' ' && text.front() == ' ')
            text.erase(0, 1);
        out.back().text += text;
        return;
    }
    if (text == " " && (out.empty() || out.back().kind == Inline::Kind::LineBreak)) return;
    out.push_back(Inline::make_text(std::move(text)));
}

bool is_space_text(const Inline& in) {
    return in.kind == Inline::Kind::Text && util::trim(in.text).empty();
}

// An element whose inline content counts as a span of `kind`.
bool span_kind(std::string_view tag, Inline::Kind& kind) {
    static const std::pair<std::string_view, Inline::Kind> spans[] = {
        {"em", Inline::Kind::Emphasis},       {"i", Inline::Kind::Emphasis},
        {"dfn", Inline::Kind::Emphasis},      {"var", Inline::Kind::Emphasis},
        {"strong", Inline::Kind::Strong},     {"b", Inline::Kind::Strong},
        {"sup", Inline::Kind::Superscript},   {"sub", Inline::Kind::Subscript},
        {"s", Inline::Kind::Strikeout},       {"del", Inline::Kind::Strikeout},
        {"strike", Inline::Kind::Strikeout},  {"u", Inline::Kind::Underline},
        {"ins", Inline::Kind::Underline},     {"mark", Inline::Kind::Mark},
        {"small", Inline::Kind::Small},       {"cite", Inline::Kind::Cite},
        {"q", Inline::Kind::Quoted},          {"abbr", Inline::Kind::Abbreviation},
        {"acronym", Inline::Kind::Abbreviation}};
    for (const auto& [t, k] : spans)
        if (t == tag) {
            kind = k;
            return true;
        }
    return false;
}

} // namespace

void trim_inlines(model::Inlines& inlines) {
    while (!inlines.empty() && (is_space_text(inlines.front()) ||
                                inlines.front().kind == Inline::Kind::LineBreak))
        inlines.erase(inlines.begin());
    while (!inlines.empty() &&
           (is_space_text(inlines.back()) || inlines.back().kind == Inline::Kind::LineBreak))
        inlines.pop_back();
    if (!inlines.empty() && inlines.front().kind == Inline::Kind::Text) {
        std::string& t = inlines.front().text;
        t.erase(0, t.find_first_not_of(' '));
    }
    if (!inlines.empty() && inlines.back().kind == Inline::Kind::Text) {
        std::string& t = inlines.back().text;
        t.erase(t.find_last_not_of(' ') + 1);
    }
}

void PageMapper::inlines(NodeId parent, model::Inlines& out, int depth) {
    for (NodeId c : doc_[parent].children) {
        const Node& n = doc_[c];
        if (n.removed || note_elements_.count(c)) continue;
        if (n.type == Node::Type::Text) {
            append_text(out, squeeze_space(n.text));
            continue;
        }
        inline_element(c, out, depth + 1);
    }
}

void PageMapper::inline_element(NodeId id, model::Inlines& out, int depth) {
    const Node& n = doc_[id];
    if (rules::is_never_content(n.tag) || n.tag == "svg") return;
    if (n.tag == "noscript") {
        // A lazy-loading page's <noscript> copy of the image just before it.
        if (!has_image_before(id)) inlines(id, out, depth);
        return;
    }
    if (n.tag == "br") {
        out.push_back(Inline::make_break());
        return;
    }
    if (n.tag == "img") {
        Inline img = image(n);
        if (img.kind == Inline::Kind::Text) append_text(out, img.text);
        else out.push_back(std::move(img));
        return;
    }
    if (n.tag == "a") return link(id, out, depth);
    if (n.tag == "code" || n.tag == "tt" || n.tag == "samp" || n.tag == "kbd") {
        Inline code = n.tag == "kbd" ? Inline{Inline::Kind::Keyboard, {}, {}, {}}
                                     : Inline::make_code({});
        code.text = squeeze_space(doc_.text_content(id));
        if (!code.text.empty()) out.push_back(std::move(code));
        return;
    }
    if (n.tag == "sup" && note_ref(id, out)) return;
    Inline::Kind kind;
    if (span_kind(n.tag, kind)) {
        Inline span = Inline::make_span(kind, {});
        if (kind == Inline::Kind::Abbreviation) span.text = collapse_white_space(n.attr("title"));
        inlines(id, span.children, depth);
        if (span.children.empty()) return;
        // Emphasis of white space only is just the space.
        if (span.children.size() == 1 && is_space_text(span.children[0]))
            return append_text(out, " ");
        out.push_back(std::move(span));
        return;
    }
    // Anything else (span, font, time, a block inside a paragraph): its
    // content, kept apart from its neighbours when it is a block.
    const bool block = !rules::is_phrasing(n.tag);
    if (block) append_text(out, " ");
    inlines(id, out, depth);
    if (block) append_text(out, " ");
}

bool PageMapper::has_image_before(NodeId noscript) const {
    const Node& n = doc_[noscript];
    if (n.parent == no_node) return false;
    NodeId prev = no_node;
    for (NodeId c : doc_[n.parent].children) {
        if (c == noscript) break;
        if (doc_[c].is_element() && !doc_[c].removed) prev = c;
    }
    return prev != no_node && (doc_[prev].is("img") || doc_.find("img", prev) != no_node);
}

void PageMapper::link(NodeId id, model::Inlines& out, int depth) {
    const Node& n = doc_[id];
    if (note_ref(id, out)) return;
    const std::string href(util::trim(n.attr("href")));
    std::string url;
    if (!href.empty() && href[0] != '#') {
        url = resolve_url(context_.base_url, href);
        const bool web = is_remote_url(url) || util::starts_with_icase(url, "mailto:");
        if (!web) url.clear(); // script URLs, relative links with no base, other schemes
        if (url.substr(0, 2) == "//") url = "https:" + url;
    }
    model::Inlines kids;
    inlines(id, kids, depth);
    // A note's way back to its call ("↩", "^") means nothing in a book.
    const std::string text = collapse_white_space(model::plain_text(kids));
    if (href.rfind('#', 0) == 0 && (text == "↩" || text == "↩︎" || text == "↑" || text == "^" || text == "⤴"))
        return;
    bool has_link = false;
    for (const Inline& k : kids)
        has_link = has_link || k.kind == Inline::Kind::Link;
    if (url.empty() || has_link) {
        // An in-page anchor or a link we cannot follow: its text stays.
        for (Inline& k : kids)
            if (k.kind == Inline::Kind::Text) append_text(out, std::move(k.text));
            else out.push_back(std::move(k));
        return;
    }
    if (kids.empty()) return;
    Inline l = Inline::make_link(url, std::move(kids));
    l.line = n.line;
    out.push_back(std::move(l));
}

std::string PageMapper::image_source(const Node& img) {
    auto first_candidate = [](const std::string& srcset) {
        // The candidate with the largest width ("x.jpg 800w, y.jpg 1600w"), else the first.
        std::string best;
        long best_w = -1;
        std::size_t i = 0;
        while (i < srcset.size()) {
            std::size_t j = srcset.find(',', i);
            // A comma inside a URL is followed by no space; candidates are separated by ", ".
            while (j != std::string::npos && j + 1 < srcset.size() && srcset[j + 1] != ' ')
                j = srcset.find(',', j + 1);
            if (j == std::string::npos) j = srcset.size();
            const std::string item = collapse_white_space(srcset.substr(i, j - i));
            const std::size_t sp = item.find(' ');
            const std::string url = item.substr(0, sp);
            const long w = sp == std::string::npos ? 0 : std::atol(item.c_str() + sp + 1);
            if (!url.empty() && w > best_w) {
                best = url;
                best_w = w;
            }
            i = j + 1;
        }
        return best;
    };
    const std::string src(util::trim(img.attr("src")));
    const bool placeholder = src.empty() || util::starts_with_icase(src, "data:") ||
                             src.find("placeholder") != std::string::npos ||
                             src.find("blank.gif") != std::string::npos ||
                             src.find("spacer") != std::string::npos;
    if (!placeholder) return src;
    for (const char* a : {"data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src",
                          "data-full-src", "data-lazy"})
        if (!util::trim(img.attr(a)).empty()) return std::string(util::trim(img.attr(a)));
    for (const char* a : {"data-srcset", "srcset", "data-lazy-srcset"})
        if (std::string s = first_candidate(img.attr(a)); !s.empty()) return s;
    // Any other attribute holding an image URL.
    for (const auto& [name, value] : img.attributes) {
        const std::string v = util::to_lower_ascii(util::trim(value));
        if (name.rfind("data-", 0) == 0 && v.find(' ') == std::string::npos &&
            (v.ends_with(".jpg") || v.ends_with(".jpeg") || v.ends_with(".png") ||
             v.ends_with(".webp") || v.ends_with(".gif")))
            return std::string(util::trim(value));
    }
    return src;
}

// A local image (a file beside the page, "page_files/x.jpg") is embedded;
// anything remote becomes a link, never fetched; anything else keeps its
// alt text.
Inline PageMapper::image(const Node& img) {
    const std::string src = image_source(img);
    const std::string alt = collapse_white_space(img.attr("alt"));
    if (src.empty() || util::starts_with_icase(src, "data:")) return Inline::make_text(alt);
    if (!util::has_url_scheme(src) && src.substr(0, 2) != "//" && src[0] != '/') {
        std::string path = src.substr(0, src.find_first_of("?#"));
        // Saved pages percent-encode names ("my%20photo.jpg").
        std::string decoded;
        for (std::size_t i = 0; i < path.size(); ++i) {
            if (path[i] == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1])) &&
                std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
                decoded += static_cast<char>(std::stoi(path.substr(i + 1, 2), nullptr, 16));
                i += 2;
            } else {
                decoded += path[i];
            }
        }
        std::error_code ec;
        if (std::filesystem::is_regular_file(context_.page_dir / decoded, ec))
            return Inline::make_image(decoded, alt, img.line);
    }
    const std::string url = resolve_url(context_.base_url, src);
    if (is_remote_url(url)) {
        const std::string full = url.substr(0, 2) == "//" ? "https:" + url : url;
        if (++remote_images_ <= 20)
            diags_.warn({context_.path, img.line}, "remote image not fetched, kept as a link: " + full);
        Inline link = Inline::make_link(full, {Inline::make_text(alt.empty() ? "image" : alt)});
        link.line = img.line;
        return link;
    }
    diags_.warn({context_.path, img.line},
                "image '" + src.substr(0, 80) + "' is not a file beside the page: alt text kept");
    return Inline::make_text(alt);
}

} // namespace galley::read::html
