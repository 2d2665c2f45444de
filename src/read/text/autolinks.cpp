#include "read/text/autolinks.hpp"

#include "util/text.hpp"

#include <vector>

namespace galley::read::text {

namespace {

using model::Inline;

bool opens_word(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const char c = text[at - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '[' || c == '<' || c == '"' ||
        c == '\'')
        return true;
    // “ and ‘ (U+201C, U+2018), « (U+00AB)
    return (at >= 3 && (text.substr(at - 3, 3) == "\xE2\x80\x9C" ||
                        text.substr(at - 3, 3) == "\xE2\x80\x98")) ||
           (at >= 2 && text.substr(at - 2, 2) == "\xC2\xAB");
}

// The length of the address's scheme or "www." at `at`, or 0.
std::size_t starts_address(std::string_view s) {
    for (std::string_view p : {std::string_view("https://"), std::string_view("http://"),
                               std::string_view("www.")}) {
        if (!util::starts_with_icase(s, p)) continue;
        // Something that can be a host must follow.
        if (s.size() <= p.size()) return 0;
        const char c = s[p.size()];
        const bool host = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80 ||
                          c == '[';
        return host ? p.size() : 0;
    }
    return 0;
}

bool is_space_or_stop(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"';
}

std::size_t count(std::string_view s, char c) {
    std::size_t n = 0;
    for (const char x : s)
        n += x == c;
    return n;
}

// Drops what ends the sentence rather than the address. Linear: the
// brackets are counted once.
std::string_view trim_address(std::string_view url) {
    std::size_t open_round = count(url, '('), close_round = count(url, ')');
    std::size_t open_square = count(url, '['), close_square = count(url, ']');
    for (;;) {
        if (url.empty()) return url;
        const char c = url.back();
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '*' || c == '_') {
            url.remove_suffix(1);
        } else if (url.ends_with("\xE2\x80\x9D") || url.ends_with("\xE2\x80\x99")) { // ” ’
            url.remove_suffix(3);
        } else if (url.ends_with("\xC2\xBB")) { // »
            url.remove_suffix(2);
        } else if (c == ')' && open_round < close_round) {
            url.remove_suffix(1);
            --close_round;
        } else if (c == ']' && open_square < close_square) {
            url.remove_suffix(1);
            --close_square;
        } else {
            return url;
        }
    }
}

} // namespace

model::Inlines link_addresses(std::string_view text) {
    model::Inlines out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t prefix = opens_word(text, i) ? starts_address(text.substr(i)) : 0;
        if (!prefix) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && !is_space_or_stop(text[end]))
            ++end;
        const std::string_view url = trim_address(text.substr(i, end - i));
        if (url.size() <= prefix) {
            i = end;
            continue;
        }
        if (i > from) out.push_back(Inline::make_text(std::string(text.substr(from, i - from))));
        std::string href(url);
        if (util::starts_with_icase(href, "www.")) href = "http://" + href;
        out.push_back(Inline::make_link(std::move(href), {Inline::make_text(std::string(url))}));
        i += url.size();
        from = i;
    }
    if (from < text.size() || out.empty())
        out.push_back(Inline::make_text(std::string(text.substr(from))));
    return out;
}

std::size_t apply_autolinks(model::Blocks& blocks) {
    std::size_t made = 0;
    // Inline lists to rewrite: each block's, and Emphasis/Strong children.
    std::vector<model::Inlines*> runs;
    std::vector<model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        model::Blocks* list = todo.back();
        todo.pop_back();
        for (model::Block& b : *list) {
            if (b.kind != model::Block::Kind::Heading && b.kind != model::Block::Kind::CodeBlock)
                runs.push_back(&b.inlines);
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
    while (!runs.empty()) {
        model::Inlines* run = runs.back();
        runs.pop_back();
        model::Inlines out;
        for (Inline& in : *run) {
            if (in.kind != Inline::Kind::Text ||
                (in.text.find("://") == std::string::npos &&
                 util::to_lower_ascii(in.text).find("www.") == std::string::npos)) {
                out.push_back(std::move(in));
                continue;
            }
            for (Inline& piece : link_addresses(in.text)) {
                made += piece.kind == Inline::Kind::Link;
                out.push_back(std::move(piece));
            }
        }
        *run = std::move(out);
        for (Inline& in : *run)
            if (in.kind == Inline::Kind::Emphasis || in.kind == Inline::Kind::Strong)
                runs.push_back(&in.children);
    }
    return made;
}

} // namespace galley::read::text
