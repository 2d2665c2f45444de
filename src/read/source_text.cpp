#include "read/source_text.hpp"

#include "util/utf8.hpp"

namespace galley::read {

namespace {

// CRLF and CR become LF, in place; text without CR is left as it is.
void normalise_newlines(std::string& s) {
    std::size_t r = s.find('\r');
    if (r == std::string::npos) return;
    std::size_t out = r;
    for (std::size_t i = r; i < s.size(); ++i) {
        if (s[i] == '\r') {
            s[out++] = '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            s[out++] = s[i];
        }
    }
    s.resize(out);
}

int line_of_offset(std::string_view s, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i)
        line += s[i] == '\n';
    return line;
}

} // namespace

SourceText decode_source(std::string_view bytes, const std::string& path, model::Diagnostics& diags,
                         NulBytes nul_bytes) {
    SourceText src;
    src.path = path;
    std::string utf8;
    if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
        src.encoding = "UTF-16LE";
        utf8 = util::utf16_to_utf8(bytes.substr(2), false);
    } else if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
        src.encoding = "UTF-16BE";
        utf8 = util::utf16_to_utf8(bytes.substr(2), true);
    } else {
        const std::size_t nul = bytes.find('\0');
        if (nul != std::string_view::npos && nul_bytes == NulBytes::Binary) {
            throw model::Error(model::SourcePos{path, line_of_offset(bytes, nul)},
                               "binary data (NUL byte at offset " + std::to_string(nul) +
                                   "): not a text file");
        }
        if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
            bytes.remove_prefix(3);
            src.encoding = "UTF-8 (BOM)";
        } else {
            src.encoding = "UTF-8";
        }
        if (util::is_valid_utf8(bytes)) {
            utf8 = std::string(bytes);
        } else {
            src.encoding = "Windows-1252";
            diags.warn({path, 0}, "not valid UTF-8; decoded as Windows-1252");
            utf8 = util::cp1252_to_utf8(bytes);
        }
    }
    normalise_newlines(utf8);
    std::size_t replaced = 0;
    if (util::first_xml_unsafe(utf8) == std::string::npos)
        src.text = std::move(utf8);
    else
        src.text = util::xml_safe(utf8, &replaced);
    if (replaced > 0) {
        // Report the first offending line; the count says how many there were.
        std::size_t first = src.text.find("\xEF\xBF\xBD");
        diags.warn({path, line_of_offset(src.text, first)},
                   std::to_string(replaced) +
                       " control character(s) not allowed in XML replaced by U+FFFD");
    }
    return src;
}

} // namespace galley::read
