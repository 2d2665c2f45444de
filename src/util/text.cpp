#include "util/text.hpp"

#include "util/utf8.hpp"

namespace galley::util {

namespace {

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points that are punctuation or spaces, not letters.
bool is_non_letter(char32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF ||
           cp == 0xFFFD;
}

} // namespace

std::string slugify(std::string_view s, std::size_t max_len) {
    std::string out;
    bool pending_dash = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t before = i;
        bool keep = false;
        char32_t cp = c;
        if (c < 0x80) {
            ++i;
            keep = is_ascii_alnum(c);
        } else {
            cp = next_code_point(s, i);
            keep = !is_non_letter(cp);
        }
        // Apostrophes join, they do not separate: "Iran's" -> "irans".
        if (cp == '\'' || cp == 0x2019) continue;
        if (!keep) {
            pending_dash = !out.empty();
            continue;
        }
        std::string piece(s.substr(before, i - before));
        if (piece.size() == 1) piece[0] = static_cast<char>(std::tolower(piece[0]));
        const std::size_t need = piece.size() + (pending_dash ? 1 : 0);
        if (out.size() + need > max_len) break;
        if (pending_dash) out += '-';
        out += piece;
        pending_dash = false;
    }
    return out.empty() ? std::string("untitled") : out;
}

std::string_view trim(std::string_view s) {
    auto is_space_at_front = [&](std::string_view v) -> std::size_t {
        if (v.empty()) return 0;
        const char c = v.front();
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
        if (v.size() >= 2 && v[0] == '\xC2' && v[1] == '\xA0') return 2;
        return 0;
    };
    auto is_space_at_back = [&](std::string_view v) -> std::size_t {
        if (v.empty()) return 0;
        const char c = v.back();
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
        if (v.size() >= 2 && v[v.size() - 2] == '\xC2' && v.back() == '\xA0') return 2;
        return 0;
    };
    while (std::size_t n = is_space_at_front(s))
        s.remove_prefix(n);
    while (std::size_t n = is_space_at_back(s))
        s.remove_suffix(n);
    return s;
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            lines.push_back(s.substr(start));
            break;
        }
        lines.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

bool starts_with_icase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

bool has_url_scheme(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '+' ||
                            s[i] == '-' || s[i] == '.'))
        ++i;
    return i > 1 && i < s.size() && s[i] == ':' && std::isalpha(static_cast<unsigned char>(s[0]));
}

bool is_link_target(std::string_view url) {
    if (starts_with_icase(url, "mailto:")) return url.size() > 7 && url.find('@') != std::string_view::npos;
    std::size_t rest = 0;
    for (std::string_view scheme : {"http://", "https://", "ftp://"})
        if (starts_with_icase(url, scheme)) rest = scheme.size();
    if (rest == 0) return false;
    const std::string_view authority = url.substr(rest, url.find_first_of("/?#", rest) - rest);
    const std::string_view host = authority.substr(0, authority.find(':'));
    if (host.size() < authority.size()) {
        const std::string_view port = authority.substr(host.size() + 1);
        for (const char c : port)
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    // Labels of letters, digits and '-', none empty: "a.b", "localhost".
    std::size_t label = 0;
    for (const char c : host) {
        if (c == '.') {
            if (label == 0) return false;
            label = 0;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
            ++label;
        } else {
            return false;
        }
    }
    return label > 0;
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::size_t count_words(std::string_view s, std::size_t limit) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        if (c == ' ') {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            if (++n > limit) break;
        }
    }
    return n;
}

std::string collapse_html_space(std::string_view s, bool trim) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !(trim && out.empty())) out += ' ';
        space = false;
        out += c;
    }
    if (space && !trim) out += ' ';
    return out;
}

} // namespace galley::util
