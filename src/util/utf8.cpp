#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace galley::util {

namespace {

constexpr char32_t replacement = 0xFFFD;

// Windows-1252 0x80..0x9F; other bytes map to themselves (Latin-1).
constexpr char32_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool is_xml_char(char32_t cp) {
    if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

} // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        extra = 1, cp = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        extra = 2, cp = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        extra = 3, cp = b0 & 0x07, min = 0x10000;
    } else {
        ++i;
        return replacement;
    }
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= s.size()) {
            ++i;
            return replacement;
        }
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return replacement;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return replacement;
    }
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = replacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { // ASCII, the common case
            ++i;
            continue;
        }
        const std::size_t before = i;
        const char32_t cp = next_code_point(s, i);
        // A literal U+FFFD in the input is three bytes; a malformed byte is one.
        if (cp == replacement && i - before == 1) return false;
    }
    return true;
}

std::string cp1252_to_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out += c;
        else if (b < 0xA0)
            append_utf8(out, cp1252_high[b - 0x80]);
        else
            append_utf8(out, b);
    }
    return out;
}

std::string utf16_to_utf8(std::string_view s, bool big_endian) {
    std::string out;
    out.reserve(s.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(s[i]);
        const auto b = static_cast<unsigned char>(s[i + 1]);
        return big_endian ? char32_t((a << 8) | b) : char32_t((b << 8) | a);
    };
    std::size_t i = 0;
    for (; i + 1 < s.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < s.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, (u >= 0xD800 && u <= 0xDFFF) ? replacement : u);
    }
    if (i < s.size()) append_utf8(out, replacement); // odd trailing byte
    return out;
}

std::size_t first_xml_unsafe(std::string_view s, std::size_t from) {
    std::size_t i = from;
    while (i < s.size()) {
        // Eight bytes at a time while they are all printable ASCII (no high
        // bit, none below 0x20): most text is.
        while (i + 8 <= s.size()) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            constexpr std::uint64_t high = 0x8080808080808080u;
            if ((w & high) != 0 || ((w - 0x2020202020202020u) & ~w & high) != 0) break;
            i += 8;
        }
        if (i >= s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80) { // printable ASCII, the common case
            ++i;
            continue;
        }
        if (c < 0x20) {
            if (c != '\t' && c != '\n' && c != '\r') return i;
            ++i;
            continue;
        }
        const std::size_t before = i;
        const char32_t cp = next_code_point(s, i);
        if ((cp == replacement && i - before == 1) || !is_xml_char(cp)) return before;
    }
    return std::string_view::npos;
}

std::string xml_safe(std::string_view s, std::size_t* replaced) {
    std::size_t count = 0;
    std::size_t bad = first_xml_unsafe(s, 0);
    std::string out;
    if (bad == std::string_view::npos) {
        out.assign(s);
    } else {
        out.reserve(s.size() + 16);
        std::size_t done = 0; // s[0, done) is in out
        while (bad != std::string_view::npos) {
            out.append(s.substr(done, bad - done));
            append_utf8(out, replacement);
            ++count;
            std::size_t i = bad;
            next_code_point(s, i); // the bad character's length (1 when malformed)
            done = i;
            bad = first_xml_unsafe(s, done);
        }
        out.append(s.substr(done));
    }
    if (replaced) *replaced = count;
    return out;
}

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        next_code_point(s, i);
        ++n;
    }
    return n;
}

} // namespace galley::util
