// Messages for the terminal: what main prints, made safe to print.
#include "pipeline/pipeline.hpp"

#include <cstdio>

namespace galley {

namespace {

void append_escape(std::string& out, unsigned char b) {
    switch (b) {
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", b);
        out += buf;
    }
}

// Length of the well-formed UTF-8 sequence at s[i] (2 to 4 bytes), or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) ||
        (b == 0xF4 && b1 >= 0x90))
        return 0; // overlong, surrogate or past U+10FFFF
    return n;
}

} // namespace

std::string printable(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (std::size_t i = 0; i < message.size();) {
        const auto b = static_cast<unsigned char>(message[i]);
        if (b < 0x80) {
            if (b < 0x20 || b == 0x7F)
                append_escape(out, b);
            else
                out += static_cast<char>(b);
            ++i;
            continue;
        }
        const std::size_t n = utf8_length(message, i);
        // U+0080..U+009F (C2 80..C2 9F) are C1 controls: CSI among them.
        if (n == 0 || (n == 2 && b == 0xC2 && static_cast<unsigned char>(message[i + 1]) < 0xA0)) {
            append_escape(out, b);
            ++i;
            continue;
        }
        out.append(message.substr(i, n));
        i += n;
    }
    return out;
}

std::string format_as_error(const model::Diagnostic& d) {
    const std::string line = d.format();
    // format() is "<position>: warning: <message>"; keep the position as is.
    const std::string_view tag =
        d.severity == model::Diagnostic::Severity::Warning ? ": warning: " : ": note: ";
    if (d.severity != model::Diagnostic::Severity::Warning ||
        line.size() < d.message.size() + tag.size())
        return line;
    return line.substr(0, line.size() - d.message.size() - tag.size()) + ": error: " + d.message;
}

} // namespace galley
