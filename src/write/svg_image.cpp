#include "write/svg_image.hpp"

#include "util/utf8.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <cctype>
#include <set>

namespace galley::write {

namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

// Static SVG 1.1: shapes, text, paint servers, clipping, filters. No
// script, foreignObject, animation (it can rewrite references), or fonts.
const std::set<std::string, std::less<>> allowed_elements = {
    "svg", "g", "defs", "desc", "title", "symbol", "use", "image", "switch", "a", "view",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
    "textPath", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask",
    "marker", "filter", "style", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "feDropShadow"};

std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The value as a browser reads a URL: without white space and controls,
// lower case (so "jav&#x61;\tscript:" is caught once the parser decoded it).
std::string squeezed(std::string_view v) {
    std::string out;
    for (const char c : v)
        if (static_cast<unsigned char>(c) > 0x20)
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_internal_ref(const std::string& v) { return !v.empty() && v[0] == '#'; }

bool is_embedded_raster(const std::string& v) {
    for (const char* p : {"data:image/png", "data:image/jpeg", "data:image/gif"})
        if (v.rfind(p, 0) == 0) return true;
    return false;
}

// A url(...) in CSS or a presentation attribute that points outside the image.
// A CSS escape ("u\\72l(", "@\\69mport") can spell either, so CSS holding a
// backslash counts as reaching out too; drawings never need one.
bool has_outside_url(const std::string& v) {
    if (v.find("@import") != std::string::npos || v.find("expression(") != std::string::npos ||
        v.find('\\') != std::string::npos)
        return true;
    for (std::size_t at = v.find("url("); at != std::string::npos; at = v.find("url(", at + 4)) {
        std::size_t i = at + 4;
        while (i < v.size() && (v[i] == '"' || v[i] == '\'')) ++i;
        if (i >= v.size() || v[i] != '#') return true;
    }
    return false;
}

// A carriage return that a character reference put in a value ("&#xD;")
// would be printed raw, and every XML reader (this one too) reads a raw one
// as a line feed (XML's end-of-line handling): the line feed it would become
// is written instead, so cleaning the cleaned image changes nothing.
bool has_carriage_return(const char* s) { return s && std::strchr(s, '\r'); }

std::string line_feeds(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\r') {
            out += s[i];
        } else if (i + 1 >= s.size() || s[i + 1] != '\n') {
            out += '\n';
        }
    }
    return out;
}

// Empty, or XML white space alone.
bool is_blank(const char* s) {
    if (!s) return true;
    for (; *s; ++s)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return false;
    return true;
}

class Cleaner {
  public:
    std::vector<std::string> removed;

    void clean(XMLElement* root) {
        // Iterative: each element is checked, its children queued.
        std::vector<XMLElement*> todo{root};
        while (!todo.empty()) {
            XMLElement* e = todo.back();
            todo.pop_back();
            attributes(e);
            for (XMLNode* child = e->FirstChild(); child;) {
                XMLNode* next = child->NextSibling();
                if (XMLElement* ce = child->ToElement()) {
                    if (keep_element(ce))
                        todo.push_back(ce);
                    else
                        e->DeleteChild(ce);
                } else if (child->ToUnknown() || child->ToDeclaration() || child->ToComment()) {
                    // Comments go too: an image's notes are not for readers.
                    e->DeleteChild(child);
                } else if (child->ToText() && is_blank(child->Value())) {
                    // tinyxml2 drops text of white space alone as it reads;
                    // such text made by references ("&#x20;") or cut short
                    // by a malformed one ("&#x;") would be printed and then
                    // dropped when the cleaned image is read: it goes now.
                    e->DeleteChild(child);
                } else if (has_carriage_return(child->Value())) {
                    child->SetValue(line_feeds(child->Value()).c_str());
                }
                child = next;
            }
        }
    }

  private:
    std::set<std::string, std::less<>> ids_;

    void note(std::string what) {
        if (std::find(removed.begin(), removed.end(), what) == removed.end())
            removed.push_back(std::move(what));
    }

    bool keep_element(XMLElement* e) {
        const std::string_view name = local_name(e->Name());
        if (!allowed_elements.count(name)) {
            note("<" + std::string(e->Name()) + ">");
            return false;
        }
        if (name == "style") {
            // All of its text (GetText() reads only the first piece); an
            // element inside a style sheet has no business there.
            std::string css;
            bool element = false;
            for (const XMLNode* c = e->FirstChild(); c; c = c->NextSibling()) {
                if (const auto* t = c->ToText()) css += t->Value();
                if (c->ToElement()) element = true;
            }
            if (element || has_outside_url(squeezed(css))) {
                note("<style> with outside references");
                return false;
            }
        }
        if (name == "use" || name == "image") {
            const char* href = e->Attribute("href");
            if (!href) href = e->Attribute("xlink:href");
            const std::string v = href ? squeezed(href) : std::string();
            const bool ok = is_internal_ref(v) || (name == "image" && is_embedded_raster(v));
            if (!ok) {
                note("<" + std::string(name) + "> referring outside the image");
                return false;
            }
        }
        return true;
    }

    void attributes(XMLElement* e) {
        std::vector<std::string> drop;
        for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next()) {
            const std::string name = a->Name();
            const std::string value = squeezed(a->Value());
            // Compared without case: XML tells "hRef" from "href", but a
            // reader's renderer may not, so both are checked as one.
            std::string local(local_name(name));
            for (char& c : local)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool prefixed = local.size() != name.size();
            bool ok = true;
            if (local.size() > 2 && local[0] == 'o' && local[1] == 'n')
                ok = false; // event handlers: onload, onclick...
            else if (prefixed && name.rfind("xmlns:", 0) != 0 && name.rfind("xml:", 0) != 0 &&
                     name != "xlink:href")
                ok = false; // other vocabularies' attributes (editors' private data)
            else if (local == "href")
                ok = is_internal_ref(value) || is_embedded_raster(value) ||
                     (std::string_view(e->Name()) == "a" &&
                      (value.rfind("http:", 0) == 0 || value.rfind("https:", 0) == 0));
            else if (value.find("javascript:") != std::string::npos ||
                     value.find("vbscript:") != std::string::npos || has_outside_url(value))
                ok = false;
            if (ok && name == "id" && !ids_.insert(a->Value()).second)
                ok = false; // a repeated id: an EPUB's documents hold each id once
            if (!ok) drop.push_back(name);
        }
        for (const std::string& name : drop) {
            note(name + "=");
            e->DeleteAttribute(name.c_str());
        }
        std::vector<std::pair<std::string, std::string>> rewritten;
        for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next())
            if (has_carriage_return(a->Value())) rewritten.emplace_back(a->Name(), line_feeds(a->Value()));
        for (const auto& [name, value] : rewritten)
            e->SetAttribute(name.c_str(), value.c_str());
    }
};

} // namespace

CleanSvg clean_svg(std::string_view bytes) {
    CleanSvg out;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    // tinyxml2 passes bytes through: text that is not UTF-8, or holds
    // characters XML forbids, would make the book's SVG ill-formed.
    if (!util::is_valid_utf8(bytes)) {
        out.error = "not UTF-8";
        return out;
    }
    if (std::size_t bad = 0; util::xml_safe(bytes, &bad), bad > 0) {
        out.error = "holds characters XML does not allow";
        return out;
    }
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(bytes.data(), bytes.size()) != tinyxml2::XML_SUCCESS) {
        out.error = "line " + std::to_string(doc.ErrorLineNum()) + ": " + doc.ErrorName();
        return out;
    }
    XMLElement* root = doc.RootElement();
    if (!root || local_name(root->Name()) != "svg") {
        out.error = "the root element is not <svg>";
        return out;
    }
    // The prologue: no DOCTYPE (external DTDs fail epubcheck), no processing
    // instructions or comments; the XML declaration is written anew.
    for (XMLNode* n = doc.FirstChild(); n;) {
        XMLNode* next = n->NextSibling();
        if (n != root) doc.DeleteNode(n);
        n = next;
    }
    Cleaner cleaner;
    cleaner.clean(root);
    tinyxml2::XMLPrinter printer(nullptr, true);
    printer.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    root->Accept(&printer);
    out.svg.assign(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
    out.svg += '\n';
    // A character reference ("&#x6;") can name what XML forbids; tinyxml2
    // decodes it and would print it raw.
    if (std::size_t bad = 0; util::xml_safe(out.svg, &bad), bad > 0) {
        out.svg.clear();
        out.error = "holds characters XML does not allow";
        return out;
    }
    out.removed = std::move(cleaner.removed);
    out.ok = true;
    return out;
}

} // namespace galley::write
