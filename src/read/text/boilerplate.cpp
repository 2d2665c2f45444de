#include "read/text/boilerplate.hpp"

#include "read/text/heading_rules.hpp"
#include "util/text.hpp"

#include <array>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

namespace galley::read {

namespace {

constexpr std::size_t max_boilerplate_bytes = 300;
constexpr std::size_t max_pattern_bytes = 200;

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::string normalise_pattern(std::string_view p) {
    std::string out;
    bool space = false;
    for (char c : util::trim(p)) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += lower(c);
        if (out.size() >= max_pattern_bytes) break;
    }
    return out;
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

bool is_known_boilerplate(std::string_view p) {
    static constexpr std::array<std::string_view, 25> starts = {
        "if you experience technical problems",
        "share this article",
        "share this:",
        "share this story",
        "share on facebook",
        "share on twitter",
        "subscribe to our newsletter",
        "subscribe to our mailing list",
        "sign up for our newsletter",
        "sign up to our newsletter",
        "sign up for our free newsletter",
        "click here to",
        "click here for",
        "follow us on",
        "read more",
        "related articles",
        "related:",
        "related stories",
        "you may also like",
        "recommended for you",
        "advertisement",
        "we use cookies",
        "this site uses cookies",
        "leave a comment",
        "print this article",
    };
    if (p.size() > max_boilerplate_bytes) return false;
    for (std::string_view s : starts)
        if (util::starts_with_icase(p, s)) return true;
    return false;
}

bool is_cut_off(std::string_view p) {
    p = util::trim(p);
    return !p.empty() && !text::ends_like_sentence(p) && text::ends_with_function_word(p);
}

namespace {

constexpr std::size_t npos = std::string_view::npos;

// One character: a byte and the UTF-8 continuation bytes after it.
std::size_t next_char(std::string_view text, std::size_t t) {
    ++t;
    while (t < text.size() && is_continuation(text[t]))
        ++t;
    return t;
}

std::size_t previous_char(std::string_view text, std::size_t t) {
    while (t > 0 && is_continuation(text[t - 1]))
        --t;
    return t > 0 ? t - 1 : npos;
}

// The end of `piece` matched at `t`, or npos.
std::size_t match_at(std::string_view piece, std::string_view text, std::size_t t,
                     std::size_t limit) {
    for (char c : piece) {
        if (t >= limit) return npos;
        if (c == '?') {
            t = std::min(next_char(text, t), limit);
        } else if (text[t] == c) {
            ++t;
        } else {
            return npos;
        }
    }
    return t;
}

// The start of `piece` matched so that it ends at `end`, or npos.
std::size_t match_ending_at(std::string_view piece, std::string_view text, std::size_t end) {
    std::size_t t = end;
    for (std::size_t i = piece.size(); i-- > 0;) {
        if (t == 0) return npos;
        if (piece[i] == '?') {
            t = previous_char(text, t);
            if (t == npos) return npos;
        } else if (text[t - 1] == piece[i]) {
            --t;
        } else {
            return npos;
        }
    }
    return t;
}

// The end of the leftmost match of `piece` in text[from, limit), or npos.
std::size_t find_piece(std::string_view piece, std::string_view text, std::size_t from,
                       std::size_t limit) {
    if (from > limit) return npos;
    if (piece.find('?') == std::string_view::npos) {
        // glibc's memmem is the two-way algorithm: linear in the text.
        const void* hit = ::memmem(text.data() + from, limit - from, piece.data(), piece.size());
        if (!hit) return npos;
        return static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) +
               piece.size();
    }
    for (std::size_t t = from; t < limit; ++t) {
        const std::size_t e = match_at(piece, text, t, limit);
        if (e != npos) return e;
    }
    return npos;
}

} // namespace

StripPattern::StripPattern(std::string_view pattern) : text_(pattern) {
    const std::string normal = normalise_pattern(pattern);
    anchored_start_ = normal.empty() || normal.front() != '*';
    anchored_end_ = normal.empty() || normal.back() != '*';
    std::string piece;
    for (char c : normal) {
        if (c != '*') {
            piece += c;
            continue;
        }
        star_ = true;
        if (!piece.empty()) pieces_.push_back(std::move(piece));
        piece.clear();
    }
    if (!piece.empty()) pieces_.push_back(std::move(piece));
}

bool StripPattern::matches_lowered(std::string_view text) const {
    if (empty()) return false;
    if (!star_) return match_at(pieces_.front(), text, 0, text.size()) == text.size();
    std::size_t first = 0, last = pieces_.size(), pos = 0, end = text.size();
    if (anchored_start_ && first < last) {
        pos = match_at(pieces_[first++], text, 0, end);
        if (pos == npos) return false;
    }
    if (anchored_end_ && first < last) {
        end = match_ending_at(pieces_[--last], text, end);
        if (end == npos || end < pos) return false;
    }
    // Leftmost first: an earlier match never rules out a later piece.
    for (std::size_t i = first; i < last; ++i) {
        pos = find_piece(pieces_[i], text, pos, end);
        if (pos == npos) return false;
    }
    return true;
}

std::string lower_for_strip(std::string_view paragraph) {
    std::string out(paragraph);
    for (char& c : out)
        c = lower(c);
    return out;
}

bool matches_strip_pattern(std::string_view pattern, std::string_view paragraph) {
    return StripPattern(pattern).matches_lowered(lower_for_strip(paragraph));
}

} // namespace galley::read
