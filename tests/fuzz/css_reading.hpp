#pragma once
// The fuzz oracle's own reading of CSS, written apart from the code it
// checks (transform/stylesheet.cpp, write/svg_image.cpp): the sheet's code
// as a browser tokenises it, comments and strings left out, escapes
// resolved, ASCII lowered. A keyword the checks missed shows up here.

#include <string>
#include <string_view>

namespace galley::fuzz {

inline bool css_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// `strings`: keep the text of strings too (SVG attribute values are not
// tokenised as a sheet, so a quote there is just a character).
inline std::string css_code(std::string_view css, bool strings = false) {
    std::string out;
    for (std::size_t i = 0; i < css.size();) {
        const char c = css[i];
        if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
            const std::size_t end = css.find("*/", i + 2);
            i = end == std::string_view::npos ? css.size() : end + 2;
            out += ' ';
            continue;
        }
        if (!strings && (c == '"' || c == '\'')) {
            std::size_t j = i + 1;
            while (j < css.size() && css[j] != c && css[j] != '\n')
                j += css[j] == '\\' ? 2 : 1;
            i = j + 1;
            out += ' ';
            continue;
        }
        if (c == '\\' && i + 1 < css.size()) {
            std::size_t j = i + 1;
            if (css_hex(css[j])) {
                unsigned long code = 0;
                for (int n = 0; n < 6 && j < css.size() && css_hex(css[j]); ++n, ++j)
                    code = code * 16 + static_cast<unsigned long>(
                                           css[j] <= '9' ? css[j] - '0' : (css[j] | 0x20) - 'a' + 10);
                if (j < css.size() && (css[j] == ' ' || css[j] == '\t' || css[j] == '\n')) ++j;
                out += code > 0 && code < 0x80 ? static_cast<char>(code | (code >= 'A' && code <= 'Z' ? 0x20 : 0)) : '?';
            } else if (css[j] != '\n') {
                out += static_cast<char>(css[j] >= 'A' && css[j] <= 'Z' ? css[j] | 0x20 : css[j]);
                ++j;
            }
            i = j;
            continue;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        ++i;
    }
    return out;
}

} // namespace galley::fuzz
