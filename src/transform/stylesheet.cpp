#include "transform/stylesheet.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <vector>

namespace galley::transform {

namespace {

// A span of the sheet to leave out, with why.
struct Cut {
    std::size_t begin, end;
    std::string why;
};

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

unsigned long hex_value(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned long>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned long>(c - 'a' + 10);
    return static_cast<unsigned long>(c - 'A' + 10);
}

// The character at `i` as CSS reads it, ASCII letters lowered: an escape
// ("\69" and one optional white space, or "\i") is the character it names,
// so "@\69mport" is @import and "u\72l(" is url(. Anything outside ASCII
// reads as 0 (no keyword holds it). Sets `next` past what was read.
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

char css_char(std::string_view s, std::size_t i, std::size_t& next) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
        next = i + 1;
        return fold(s[i]);
    }
    std::size_t j = i + 1;
    if (!is_hex(s[j])) {
        next = j + 1;
        return fold(s[j]); // a backslash before a line break is no escape
    }
    unsigned long code = 0;
    for (int n = 0; n < 6 && j < s.size() && is_hex(s[j]); ++n, ++j)
        code = code * 16 + hex_value(s[j]);
    if (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n')) ++j;
    next = j;
    return code < 0x80 && code != 0 ? fold(static_cast<char>(code)) : '\0';
}

// `word` (lower case) starts at `at`, read as CSS reads it (escapes and
// ASCII case folded).
bool starts_with_ci(std::string_view s, std::size_t at, std::string_view word) {
    std::size_t i = at;
    for (char w : word) {
        if (i >= s.size()) return false;
        std::size_t next = i;
        if (css_char(s, i, next) != w) return false;
        i = next;
    }
    return true;
}

// One pass over the sheet: comments and strings are skipped (their contents
// are not code), statements are tracked by their start, and each finding
// cuts the statement or declaration it is in.
class Scanner {
  public:
    explicit Scanner(std::string_view css) : css_(css) {}

    std::vector<Cut> scan() {
        std::size_t stmt = 0;    // start of the current declaration or statement
        int skip_depth = -1;     // brace depth at which a skipped block ends
        int depth = 0;
        for (std::size_t i = 0; i < css_.size(); ++i) {
            const char c = css_[i];
            if (c == '/' && i + 1 < css_.size() && css_[i + 1] == '*') {
                const std::size_t end = css_.find("*/", i + 2);
                i = end == std::string_view::npos ? css_.size() : end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = string_end(i);
                continue;
            }
            // An escape: the character after it is part of a name, never a
            // quote, brace or semicolon ("\'" opens no string), unless the
            // escape spells a keyword ("\40 import", "\75rl(").
            if (c == '\\' && (skip_depth >= 0 || !spells_keyword(i))) {
                ++i;
                continue;
            }
            if (skip_depth >= 0) {
                if (c == '{') ++depth;
                if (c == '}' && --depth == skip_depth) {
                    cuts_.back().end = i + 1;
                    skip_depth = -1;
                    stmt = i + 1;
                }
                continue;
            }
            if (c == '{') {
                ++depth;
                stmt = i + 1;
            } else if (c == '}') {
                if (depth > 0) --depth;
                stmt = i + 1;
            } else if (c == ';') {
                stmt = i + 1;
            } else if (c == '@' || (c == '\\' && starts_with_ci(css_, i, "@"))) {
                // Cut from the statement's start: text kept before an
                // @-rule must not join what follows it ("ur@import x;l(").
                if (starts_with_ci(css_, i, "@import")) {
                    cut_statement(after_space(stmt), "@import dropped: an EPUB holds its own stylesheet");
                    i = cuts_.back().end - 1;
                    stmt = i + 1;
                } else if (starts_with_ci(css_, i, "@charset")) {
                    cut_statement(after_space(stmt), "@charset dropped: the stylesheet is written as UTF-8");
                    i = cuts_.back().end - 1;
                    stmt = i + 1;
                } else if (starts_with_ci(css_, i, "@font-face")) {
                    cuts_.push_back({after_space(stmt), css_.size(),
                                     "@font-face dropped: fonts are not embedded in the book"});
                    const std::size_t open = css_.find('{', i);
                    if (open == std::string_view::npos) break;
                    i = open;
                    skip_depth = depth;
                    ++depth;
                }
            } else if (starts_with_ci(css_, i, "url(") || starts_with_ci(css_, i, "image-set(")) {
                cut_declaration(stmt, i, "url() dropped: the book does not embed what it "
                                         "refers to");
                i = cuts_.back().end - 1;
                stmt = i + 1;
            } else if (starts_with_ci(css_, i, "expression(") ||
                       starts_with_ci(css_, i, "behavior") ||
                       starts_with_ci(css_, i, "-moz-binding")) {
                cut_declaration(stmt, i, "script hook dropped: a book runs no code");
                i = cuts_.back().end - 1;
                stmt = i + 1;
            }
        }
        return std::move(cuts_);
    }

  private:
    bool spells_keyword(std::size_t i) const {
        for (std::string_view k : {"@", "url(", "image-set(", "expression(", "behavior", "-moz-binding"})
            if (starts_with_ci(css_, i, k)) return true;
        return false;
    }

    std::size_t after_space(std::size_t at) const {
        while (at < css_.size() && (css_[at] == ' ' || css_[at] == '\t' || css_[at] == '\n' || css_[at] == '\r' || css_[at] == '\f'))
            ++at;
        return at;
    }

    std::size_t string_end(std::size_t open) const {
        const char q = css_[open];
        for (std::size_t i = open + 1; i < css_.size(); ++i) {
            if (css_[i] == '\\') {
                ++i;
                continue;
            }
            if (css_[i] == q || css_[i] == '\n') return i;
        }
        return css_.size();
    }

    // From `at` to the next ';' outside strings (inclusive), or the end.
    std::size_t statement_end(std::size_t at) const {
        for (std::size_t i = at; i < css_.size(); ++i) {
            if (css_[i] == '"' || css_[i] == '\'') {
                i = string_end(i);
                continue;
            }
            if (css_[i] == ';') return i + 1;
        }
        return css_.size();
    }

    void cut_statement(std::size_t at, std::string why) {
        cuts_.push_back({at, statement_end(at), std::move(why)});
    }

    // The declaration holding position `at`: from `stmt` to its ';', or to
    // (not including) the '}' closing its block.
    void cut_declaration(std::size_t stmt, std::size_t at, std::string why) {
        std::size_t i = at;
        int parens = 0;
        for (; i < css_.size(); ++i) {
            const char c = css_[i];
            if (c == '"' || c == '\'') {
                i = string_end(i);
                continue;
            }
            if (c == '(') ++parens;
            if (c == ')' && parens > 0) --parens;
            if (parens == 0 && c == ';') {
                ++i;
                break;
            }
            if (parens == 0 && c == '}') break;
        }
        cuts_.push_back({stmt, std::min(i, css_.size()), std::move(why)});
    }

    std::string_view css_;
    std::vector<Cut> cuts_;
};

} // namespace

std::string check_stylesheet(std::string_view css, const std::string& file,
                             model::Diagnostics& diags) {
    if (css.find('\0') != std::string_view::npos)
        throw model::Error(file + ": a stylesheet with NUL bytes (not a text file?)");
    std::string_view body = css;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (!util::is_valid_utf8(body))
        throw model::Error(file + ": the stylesheet is not UTF-8; save it as UTF-8");
    std::string out;
    out.reserve(body.size());
    std::size_t pos = 0;
    int line = 1;
    std::size_t counted = 0; // line counted up to here
    for (const Cut& cut : Scanner(body).scan()) {
        if (cut.begin < pos) continue;
        for (; counted < cut.begin; ++counted)
            line += body[counted] == '\n';
        const std::string_view dropped = util::trim(body.substr(cut.begin, cut.end - cut.begin));
        const std::string shown(dropped.substr(0, 60));
        diags.warn({file, line}, cut.why + " ('" + shown + (dropped.size() > 60 ? "…" : "") + "')");
        out.append(body.substr(pos, cut.begin - pos));
        pos = cut.end;
    }
    out.append(body.substr(pos));
    return out;
}

} // namespace galley::transform
