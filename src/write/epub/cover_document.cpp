// The cover: an XHTML page showing the cover image, and the image drawn
// when the book gives none.

#include "util/utf8.hpp"
#include "write/epub/xml_util.hpp"
#include "write/labels.hpp"

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

namespace {

// Splits `text` into lines of at most `width` characters at spaces (a
// longer word gets a line of its own); at most `max_lines`, the last one
// ending in an ellipsis when text is left over.
std::vector<std::string> wrap(const std::string& text, std::size_t width, std::size_t max_lines) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_chars = 0;
    auto chars = [](std::string_view w) {
        std::size_t n = 0;
        for (const char c : w)
            n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return n;
    };
    std::size_t start = 0;
    bool truncated = false;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const std::size_t n = chars(word);
        if (!line.empty() && line_chars + 1 + n > width) {
            lines.push_back(line);
            line.clear();
            line_chars = 0;
            if (lines.size() == max_lines) {
                truncated = true;
                break;
            }
        }
        if (!line.empty()) {
            line += ' ';
            ++line_chars;
        }
        line += word;
        line_chars += n;
    }
    if (!truncated && !line.empty()) lines.push_back(line);
    if (truncated && !lines.empty()) lines.back() += "\u2026";
    return lines;
}

std::string authors_line(const model::Book& book) {
    std::string out;
    for (const model::Person& p : book.meta.authors) {
        if (!p.role.empty() && p.role != "aut") continue;
        if (!out.empty()) out += ", ";
        out += p.name;
    }
    return out;
}

} // namespace

std::string generated_cover_svg(const model::Book& book) {
    const model::Metadata& m = book.meta;
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("svg");
    p.PushAttribute("xmlns", "http://www.w3.org/2000/svg");
    p.PushAttribute("version", "1.1");
    p.PushAttribute("viewBox", "0 0 600 900");
    p.PushAttribute("width", "600");
    p.PushAttribute("height", "900");
    p.OpenElement("title");
    p.PushText(util::xml_safe(m.title).c_str());
    p.CloseElement();
    p.OpenElement("rect");
    p.PushAttribute("width", "600");
    p.PushAttribute("height", "900");
    p.PushAttribute("fill", "#22313f");
    p.CloseElement();
    p.OpenElement("rect");
    p.PushAttribute("x", "40");
    p.PushAttribute("y", "40");
    p.PushAttribute("width", "520");
    p.PushAttribute("height", "820");
    p.PushAttribute("fill", "none");
    p.PushAttribute("stroke", "#c9a227");
    p.PushAttribute("stroke-width", "3");
    p.CloseElement();
    int y = 220;
    auto lines = [&](const std::string& text, std::size_t width, std::size_t max_lines, int size,
                     const char* weight, const char* colour) {
        for (const std::string& line : wrap(text, width, max_lines)) {
            p.OpenElement("text");
            p.PushAttribute("x", "300");
            p.PushAttribute("y", y);
            p.PushAttribute("text-anchor", "middle");
            p.PushAttribute("font-family", "sans-serif");
            p.PushAttribute("font-size", size);
            p.PushAttribute("font-weight", weight);
            p.PushAttribute("fill", colour);
            p.PushText(util::xml_safe(line).c_str());
            p.CloseElement();
            y += size * 5 / 4;
        }
    };
    lines(m.title, 20, 7, 40, "bold", "#ffffff");
    if (!m.subtitle.empty()) {
        y += 20;
        lines(m.subtitle, 32, 4, 26, "normal", "#e8e2d0");
    }
    const std::string authors = authors_line(book);
    if (!authors.empty()) {
        y = std::max(y + 40, 760);
        lines(authors, 34, 3, 26, "normal", "#c9a227");
    }
    p.CloseElement(); // svg
    return printed(p);
}

std::string cover_document(const model::Book& book, const Document& cover, const Layout& layout) {
    XMLPrinter p;
    begin_xml_document(p, true);
    XhtmlSink out(p);
    const std::string& lang = book.meta.lang.empty() ? std::string("en") : book.meta.lang;
    open_html(out, lang, std::string(label(Label::Cover, lang)), cover.path, layout);
    out.open("body");
    out.attribute("class", "cover");
    out.open("section");
    out.attribute("epub:type", "cover");
    out.attribute("class", "cover");
    out.open("img");
    out.attribute("class", "cover-image");
    out.attribute("role", "doc-cover");
    out.attribute("src", layout.cover_image.href_from(cover.path));
    std::string alt = "Cover: " + book.meta.title;
    if (!book.meta.subtitle.empty()) alt += ": " + book.meta.subtitle;
    if (const std::string authors = authors_line(book); !authors.empty()) alt += ", by " + authors;
    out.attribute("alt", alt);
    out.close(); // img
    out.close(); // section
    out.close(); // body
    out.close(); // html
    return printed(p);
}

} // namespace galley::write::epub
