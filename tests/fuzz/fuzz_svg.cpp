// Fuzz target: the SVG cleaner (write/svg_image.hpp), one of the security
// classes: an image in a book runs no code and reaches nothing outside it.
// A cleaned SVG is well-formed XML with no DOCTYPE; walked here on its own
// terms, it holds no element that runs code or embeds other documents, no
// event attribute, no reference but #id, an embedded raster, or an http(s)
// link on <a>, and no CSS (style sheets, style and presentation attributes)
// that imports or points outside (css_reading.hpp resolves escapes).
// Cleaning it again changes nothing.

#include "css_reading.hpp"
#include "fuzz_support.hpp"
#include "write/svg_image.hpp"

#include <tinyxml2.h>

#include <set>
#include <string>
#include <vector>

namespace {

using namespace galley;

std::string lower(std::string_view s) {
    std::string out;
    for (char c : s)
        if (static_cast<unsigned char>(c) > 0x20) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return out;
}

std::string_view local(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// `strings`: strings read as code too. The cleaner looks for url( and
// @import in all of a style sheet's text, strings included, so that an
// unterminated string ("url('#g)") cannot hide anything; so does this.
void check_css(std::string_view css, bool strings, std::string_view input) {
    const std::string code = lower(fuzz::css_code(css, strings));
    if (code.find("@import") != std::string::npos) fuzz::fail("kept CSS holds @import", input);
    for (std::size_t at = code.find("url("); at != std::string::npos; at = code.find("url(", at + 4)) {
        std::size_t i = at + 4;
        while (i < code.size() && (code[i] == '"' || code[i] == '\''))
            ++i;
        if (i >= code.size() || code[i] != '#') fuzz::fail("kept CSS points outside", input);
    }
}

bool starts(const std::string& v, std::string_view p) { return v.rfind(p, 0) == 0; }

void check_tree(const tinyxml2::XMLDocument& doc, std::string_view input) {
    static const std::set<std::string, std::less<>> refused = {
        "script", "foreignobject", "iframe", "object", "embed", "animate", "set",
        "animatemotion", "animatetransform", "animatecolor", "handler", "listener",
        "feimage", "tref", "font", "font-face", "discard"};
    std::vector<const tinyxml2::XMLElement*> todo{doc.RootElement()};
    while (!todo.empty()) {
        const tinyxml2::XMLElement* e = todo.back();
        todo.pop_back();
        const std::string name = lower(local(e->Name()));
        if (refused.count(name)) fuzz::fail("kept element <" + name + ">", input);
        for (const tinyxml2::XMLNode* c = e->FirstChild(); c; c = c->NextSibling())
            if (c->ToUnknown()) fuzz::fail("kept a declaration <!...> inside <" + name + ">", input);
        if (name == "style") {
            // One style sheet: its text and CDATA pieces read as one (a
            // "url(" may end one piece and its "#g)" open the next).
            std::string css;
            for (const tinyxml2::XMLNode* c = e->FirstChild(); c; c = c->NextSibling())
                if (const auto* t = c->ToText()) css += t->Value();
            check_css(css, true, input);
        }
        for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next()) {
            const std::string attr = lower(local(a->Name()));
            const std::string value = lower(a->Value());
            if (starts(attr, "on") && attr.size() > 2) fuzz::fail("kept event attribute " + attr, input);
            if (attr == "href" || attr == "src") { // the scheme decides
                const bool ok = starts(value, "#") || starts(value, "data:image/png") ||
                                starts(value, "data:image/jpeg") || starts(value, "data:image/gif") ||
                                (name == "a" && (starts(value, "http:") || starts(value, "https:")));
                if (!ok) fuzz::fail("kept reference " + attr + "=" + value, input);
            } else { // a reference is not CSS; any other value may be
                if (value.find("javascript:") != std::string::npos) fuzz::fail("kept javascript:", input);
                check_css(a->Value(), true, input);
            }
        }
        for (const tinyxml2::XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement())
            todo.push_back(c);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::CpuBudget budget;
    const std::string_view input = fuzz::as_text(data, size);
    const write::CleanSvg clean = write::clean_svg(input);
    if (!clean.ok) {
        if (clean.error.empty()) fuzz::fail("refused without a reason", input);
        return 0;
    }
    fuzz::require_xml(clean.svg, "cleaned SVG");
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(clean.svg.data(), clean.svg.size()) != tinyxml2::XML_SUCCESS || !doc.RootElement())
        fuzz::fail("the cleaned SVG does not parse", input);
    // A DOCTYPE (or ENTITY) is a node of the document's prolog; the same
    // characters inside a style sheet's CDATA are only text.
    for (const tinyxml2::XMLNode* n = doc.FirstChild(); n; n = n->NextSibling())
        if (n->ToUnknown()) fuzz::fail("a DOCTYPE kept", input);
    check_tree(doc, input);
    const write::CleanSvg again = write::clean_svg(clean.svg);
    if (!again.ok || !again.removed.empty() || again.svg != clean.svg)
        fuzz::fail("cleaning the cleaned SVG changes it", input);
    return 0;
}
