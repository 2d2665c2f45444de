#include "write/print/paper_css.hpp"

#include "write/print/qr.hpp"

#include <charconv>

namespace galley::write::print {

namespace {

// The paper saver's margins (top, inline, bottom), smaller than any page
// size's own, and still clear of a photocopier's unprinted edge (~5 mm).
constexpr double saver_inline_mm = 14;
constexpr const char* saver_margins = "12mm 14mm 14mm";

// The second length of "24mm 42mm 26mm", in millimetres (0 if unreadable).
double inline_margin_mm(std::string_view margins) {
    const std::size_t start = margins.find(' ');
    if (start == std::string_view::npos) return 0;
    double mm = 0;
    const char* first = margins.data() + start + 1;
    std::from_chars(first, margins.data() + margins.size(), mm);
    return mm;
}

} // namespace

std::string css_string(std::string_view s) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out = "\"";
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b < 0x20 || b == 0x7F || c == '<') {
            out += '\\';
            if (b >= 16) out += digits[b >> 4];
            out += digits[b & 15];
            out += ' ';
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string paper_css(const PrintOptions& options, std::string_view margins) {
    std::string css;
    if (options.paper_saver) {
        css += "@page { margin: ";
        css += saver_margins;
        css += "; }\n"
               "html { font-size: 10pt; line-height: 1.25; }\n"
               "h1 { margin-bottom: 0.6em; } h2 { margin-top: 1em; } h3 { margin-top: 0.8em; }\n"
               ".title-page { padding-top: 15%; }\n";
    }
    if (options.qr != QrCodes::None)
        css += qr_css(options.paper_saver ? saver_inline_mm : inline_margin_mm(margins));
    if (!options.footer.empty()) {
        // Centred, so it leaves the corners to the page numbers in both
        // directions, and on the first page too.
        const std::string rule =
            "{ content: " + css_string(options.footer) +
            "; font: 8pt \"Noto Sans\", \"Liberation Sans\", \"DejaVu Sans\", sans-serif; "
            "color: #444; vertical-align: top; padding-top: 5mm; }";
        css += "@page { @bottom-center " + rule + " }\n";
        css += "@page :first { @bottom-center " + rule + " }\n";
        css += "@page rtl { @bottom-center " + rule + " }\n";
        css += "@page rtl:first { @bottom-center " + rule + " }\n";
    }
    return css;
}

} // namespace galley::write::print
