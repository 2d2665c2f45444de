#include "read/html/page_charset.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

namespace galley::read::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The charset named after "charset" in `s` (a meta's content or a tag), or "".
std::string charset_after(std::string_view s) {
    const std::string lower = util::to_lower_ascii(s);
    const std::size_t at = lower.find("charset");
    if (at == std::string::npos) return {};
    std::size_t i = at + 7;
    while (i < lower.size() && is_space(lower[i]))
        ++i;
    if (i >= lower.size() || lower[i] != '=') return {};
    ++i;
    while (i < lower.size() && (is_space(lower[i]) || lower[i] == '"' || lower[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < lower.size() && !is_space(lower[end]) && lower[end] != '"' &&
           lower[end] != '\'' && lower[end] != ';' && lower[end] != '>' && lower[end] != '/')
        ++end;
    return lower.substr(i, end - i);
}

// UTF-8 with every malformed sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s, std::size_t& bad) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t before = i;
        const char32_t cp = util::next_code_point(s, i);
        if (cp == 0xFFFD && !(i - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) ++bad;
        util::append_utf8(out, cp);
    }
    return out;
}

// Any other charset through iconv; invalid bytes become U+FFFD. Returns
// false when iconv does not know the charset.
bool convert_with_iconv(std::string_view bytes, const std::string& charset, std::string& out,
                        std::size_t& bad) {
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.clear();
    out.reserve(bytes.size() * 2);
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char buf[4096];
    while (in_left > 0) {
        char* o = buf;
        std::size_t o_left = sizeof buf;
        const std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
        out.append(buf, sizeof buf - o_left);
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            // An invalid or truncated sequence: one replacement, skip a byte.
            out += "\xEF\xBF\xBD";
            ++bad;
            ++in;
            --in_left;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return true;
}

bool is_utf8_name(const std::string& c) { return c == "utf-8" || c == "utf8" || c == "unicode-1-1-utf-8"; }
bool is_1252_name(const std::string& c) {
    return c == "windows-1252" || c == "iso-8859-1" || c == "latin1" || c == "us-ascii" ||
           c == "ascii" || c == "cp1252" || c == "iso8859-1" || c == "l1";
}

} // namespace

std::string declared_charset(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 1024);
    const std::string lower = util::to_lower_ascii(head);
    for (std::size_t at = lower.find("<meta"); at != std::string::npos;
         at = lower.find("<meta", at + 5)) {
        const std::size_t end = lower.find('>', at);
        const std::string_view tag =
            std::string_view(lower).substr(at, end == std::string::npos ? std::string::npos : end - at);
        std::string c = charset_after(tag);
        if (!c.empty()) return c;
    }
    return {};
}

SourceText decode_page(std::string_view bytes, const std::string& path, model::Diagnostics& diags) {
    const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" ||
                     bytes.substr(0, 2) == "\xFE\xFF";
    std::string charset = bom ? std::string() : declared_charset(bytes);
    // HTML5: a page that claims UTF-16 without a BOM is read as UTF-8.
    if (charset.rfind("utf-16", 0) == 0) charset = "utf-8";
    // Pages re-saved by tools keep their old declaration while the bytes
    // became UTF-8; non-ASCII text in another charset is practically never
    // valid UTF-8, so valid UTF-8 with non-ASCII bytes is taken as UTF-8.
    if (!charset.empty() && !is_utf8_name(charset) && util::is_valid_utf8(bytes) &&
        std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; })) {
        diags.warn({path, 0}, "the page declares charset '" + charset.substr(0, 40) +
                                  "' but is valid UTF-8; read as UTF-8");
        charset = "utf-8";
    }
    std::string converted;
    std::string encoding;
    std::size_t bad = 0;
    if (!charset.empty() && is_utf8_name(charset) && !util::is_valid_utf8(bytes)) {
        converted = repair_utf8(bytes, bad);
        encoding = "UTF-8";
    } else if (!charset.empty() && is_1252_name(charset)) {
        converted = util::cp1252_to_utf8(bytes);
        encoding = "Windows-1252 (declared " + charset + ")";
    } else if (!charset.empty() && !is_utf8_name(charset)) {
        if (convert_with_iconv(bytes, charset, converted, bad)) {
            encoding = charset;
        } else {
            diags.warn({path, 0}, "unknown charset '" + charset.substr(0, 40) + "'; decoded as UTF-8");
            if (!util::is_valid_utf8(bytes)) converted = repair_utf8(bytes, bad), encoding = "UTF-8";
        }
    }
    if (bad > 0)
        diags.warn({path, 0}, std::to_string(bad) + " byte sequence(s) invalid in " +
                                  (encoding.empty() ? std::string("UTF-8") : encoding) +
                                  " replaced by U+FFFD");
    // The rest (BOMs, undeclared pages, newlines, XML-unsafe characters) is
    // what every text input gets.
    SourceText src = decode_source(encoding.empty() ? bytes : std::string_view(converted), path,
                                   diags, NulBytes::Replace);
    if (!encoding.empty()) src.encoding = encoding;
    return src;
}

} // namespace galley::read::html
