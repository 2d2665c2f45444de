#include "write/print/qr.hpp"

#include "util/text.hpp"

#include <qrencode.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

namespace galley::write::print {

namespace {

constexpr int quiet_zone = 4; // modules of white around the code (ISO/IEC 18004)
constexpr int max_depth = 64; // nesting of inlines looked into

bool is_external(std::string_view url) {
    const std::string lower = util::to_lower_ascii(url.substr(0, 8));
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 ||
           lower.rfind("ftp://", 0) == 0;
}

void collect(const model::Inlines& list, int depth, std::set<std::string>& seen,
             std::vector<std::string>& out) {
    if (depth > max_depth) return;
    for (const model::Inline& in : list) {
        if (in.kind == model::Inline::Kind::Link && is_external(in.url) &&
            seen.insert(in.url).second)
            out.push_back(in.url);
        collect(in.children, depth + 1, seen, out);
    }
}

// "https://www.example.org/a/b" -> "www.example.org".
std::string host_of(std::string_view url) {
    const std::size_t start = url.find("://");
    if (start == std::string_view::npos) return {};
    const std::string_view rest = url.substr(start + 3);
    return std::string(rest.substr(0, rest.find_first_of("/?#")));
}

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

std::vector<std::string> external_links(const model::Inlines& inlines) {
    std::set<std::string> seen;
    std::vector<std::string> out;
    collect(inlines, 0, seen, out);
    return out;
}

bool render_qr_svg(std::string_view text, MarkupSink& out) {
    if (text.empty() || text.size() > 4096) return false;
    const std::string data(text); // libqrencode wants a NUL-terminated string
    const std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) return false;
    const int width = code->width;
    const int size = width + 2 * quiet_zone;
    // One path: each run of dark modules in a row is one rectangle.
    std::string d;
    char buf[64];
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            if (!(code->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1))
                ++run;
            std::snprintf(buf, sizeof buf, "M%d %dh%dv1h-%dz", x + quiet_zone, y + quiet_zone,
                          run, run);
            d += buf;
            x += run;
        }
    }
    const std::string extent = std::to_string(size);
    out.open("svg", true);
    out.attribute("xmlns", "http://www.w3.org/2000/svg");
    out.attribute("class", "qr");
    out.attribute("viewBox", "0 0 " + extent + " " + extent);
    out.attribute("shape-rendering", "crispEdges");
    out.attribute("aria-hidden", "true");
    out.open("rect", true);
    out.attribute("width", extent);
    out.attribute("height", extent);
    out.attribute("fill", "#fff");
    out.close();
    out.open("path", true);
    out.attribute("d", d);
    out.attribute("fill", "#000");
    out.close();
    out.close();
    return true;
}

void render_block_qr_codes(const model::Block& block, MarkupSink& out) {
    const std::vector<std::string> links = external_links(block.inlines);
    if (links.empty()) return;
    out.open("span", true);
    out.attribute("class", "qr-codes");
    for (const std::string& url : links) {
        out.open("span", true);
        out.attribute("class", "qr-code");
        out.attribute("data-host", host_of(url));
        render_qr_svg(url, out);
        out.close();
    }
    out.close();
}

std::string qr_css(double margin_mm) {
    // A block's codes float together into the outer margin, 3 mm from the
    // text, at most 26 mm wide. Its margin box keeps 0.2 mm inside the
    // text column: a float whose margin box has no width is not avoided by
    // the next one (WeasyPrint), so `clear` would not stack the codes.
    const double width = std::clamp(margin_mm - 6, 8.0, 26.0);
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  ".qr-codes { float: right; clear: right; width: %.1fmm; "
                  "margin: 0 -%.1fmm 2mm 3.2mm; }\n"
                  "html[dir=\"rtl\"] .qr-codes { float: left; clear: left; "
                  "margin: 0 3.2mm 2mm -%.1fmm; }\n"
                  ".qr-code svg { width: %.1fmm; height: %.1fmm; }\n",
                  width, width + 3, width + 3, width, width);
    return buf;
}

} // namespace galley::write::print
