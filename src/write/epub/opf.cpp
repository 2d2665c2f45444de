// The package document (content.opf) and the container that points at it.

#include "util/language.hpp"
#include "util/utf8.hpp"
#include "write/epub/xml_util.hpp"

#include <regex>

namespace galley::write::epub {

using tinyxml2::XMLPrinter;

namespace {

// ONIX code list 5 codes for pandoc's identifier schemes.
const char* onix_identifier_type(const std::string& scheme) {
    static const std::pair<const char*, const char*> codes[] = {
        {"ISBN-10", "02"}, {"GTIN-13", "03"}, {"UPC", "04"},
        {"ISMN-10", "05"}, {"DOI", "06"},     {"LCCN", "13"},
        {"GTIN-14", "14"}, {"ISBN-13", "15"}, {"Legal deposit number", "17"},
        {"URN", "22"},     {"OCLC", "23"},    {"ISMN-13", "25"},
        {"ISBN-A", "26"},  {"JP", "27"},      {"OLCC", "28"},
    };
    for (const auto& [name, code] : codes)
        if (scheme == name) return code;
    return nullptr;
}

bool is_w3c_date(const std::string& s) {
    static const std::regex pattern(
        R"(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?)");
    return std::regex_match(s, pattern);
}

} // namespace

std::string container_xml(const Layout& layout) {
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("container");
    p.PushAttribute("version", "1.0");
    p.PushAttribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
    p.OpenElement("rootfiles");
    p.OpenElement("rootfile");
    p.PushAttribute("full-path", layout.opf.str().c_str());
    p.PushAttribute("media-type", "application/oebps-package+xml");
    p.CloseElement();
    p.CloseElement();
    p.CloseElement();
    return printed(p);
}

std::string package_document(const model::Book& book, const Layout& layout) {
    const model::Metadata& m = book.meta;
    XMLPrinter p;
    p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    p.OpenElement("package");
    p.PushAttribute("xmlns", "http://www.idpf.org/2007/opf");
    p.PushAttribute("version", "3.0");
    p.PushAttribute("unique-identifier", "pub-id");
    p.PushAttribute("xml:lang", m.lang.c_str());
    if (util::is_rtl_language(m.lang)) p.PushAttribute("dir", "rtl");

    p.OpenElement("metadata");
    p.PushAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    auto dc = [&](const char* name, const std::string& text, const char* id = nullptr) {
        if (text.empty()) return;
        p.OpenElement(name);
        if (id) p.PushAttribute("id", id);
        p.PushText(util::xml_safe(text).c_str());
        p.CloseElement();
    };
    auto meta = [&](const char* property, const std::string& text, const char* refines = nullptr,
                    const char* scheme = nullptr, const char* id = nullptr) {
        p.OpenElement("meta");
        if (id) p.PushAttribute("id", id);
        if (refines) p.PushAttribute("refines", refines);
        p.PushAttribute("property", property);
        if (scheme) p.PushAttribute("scheme", scheme);
        p.PushText(util::xml_safe(text).c_str());
        p.CloseElement();
    };
    dc("dc:identifier", m.identifier, "pub-id");
    if (const char* code = onix_identifier_type(m.identifier_scheme))
        meta("identifier-type", code, "#pub-id", "onix:codelist5");
    dc("dc:title", m.title, "title");
    meta("title-type", "main", "#title");
    if (!m.subtitle.empty()) {
        dc("dc:title", m.subtitle, "subtitle");
        meta("title-type", "subtitle", "#subtitle");
    }
    dc("dc:language", m.lang);
    int n = 0;
    for (const model::Person& person : m.authors) {
        const std::string id = "creator" + std::to_string(++n);
        const bool contributor = !person.role.empty() && person.role != "aut";
        dc(contributor ? "dc:contributor" : "dc:creator", person.name, id.c_str());
        const std::string ref = "#" + id;
        meta("role", person.role.empty() ? "aut" : person.role, ref.c_str(), "marc:relators");
        if (!person.file_as.empty()) meta("file-as", person.file_as, ref.c_str());
    }
    // pandoc's `contributor`: secondary roles ("ctb" when none is given).
    int c = 0;
    for (const model::Person& person : m.contributors) {
        const std::string id = "contributor" + std::to_string(++c);
        dc("dc:contributor", person.name, id.c_str());
        const std::string ref = "#" + id;
        meta("role", person.role.empty() ? "ctb" : person.role, ref.c_str(), "marc:relators");
        if (!person.file_as.empty()) meta("file-as", person.file_as, ref.c_str());
    }
    if (is_w3c_date(m.date)) dc("dc:date", m.date);
    dc("dc:publisher", m.publisher);
    dc("dc:rights", m.rights);
    dc("dc:description", m.description);
    for (const std::string& s : m.subjects)
        dc("dc:subject", s);
    // The print edition the page breaks come from (EPUB 3.2 source-of).
    if (!layout.page_breaks.empty() && !layout.print_source.empty()) {
        dc("dc:source", layout.print_source, "print-source");
        meta("source-of", "pagination", "#print-source");
    }
    if (!m.collection.empty()) {
        meta("belongs-to-collection", m.collection, nullptr, nullptr, "collection");
        meta("collection-type", "series", "#collection");
        if (!m.group_position.empty()) meta("group-position", m.group_position, "#collection");
    }
    meta("dcterms:modified", iso_timestamp(book.modified_epoch));
    // EPUB 2 reading systems find the cover through this.
    p.OpenElement("meta");
    p.PushAttribute("name", "cover");
    p.PushAttribute("content", "cover-image");
    p.CloseElement();
    for (const MetaProperty& a11y : accessibility_metadata(book))
        meta(a11y.property.c_str(), a11y.value);
    // Page-break markers from the print edition, and a page-list to reach them.
    if (!layout.page_breaks.empty())
        for (const char* feature : {"printPageNumbers", "pageBreakMarkers", "pageNavigation"})
            meta("schema:accessibilityFeature", feature);
    p.CloseElement(); // metadata

    p.OpenElement("manifest");
    auto item = [&](const char* id, const PackagePath& path, const char* type,
                    const char* properties) {
        p.OpenElement("item");
        p.PushAttribute("id", id);
        p.PushAttribute("href", path.href_from(layout.opf).c_str());
        p.PushAttribute("media-type", type);
        if (properties) p.PushAttribute("properties", properties);
        p.CloseElement();
    };
    item("nav", layout.nav, "application/xhtml+xml", "nav");
    item("ncx", layout.ncx, "application/x-dtbncx+xml", nullptr);
    item("css", layout.css, "text/css", nullptr);
    for (const Document& ch : layout.documents)
        item(ch.manifest_id.c_str(), ch.path, "application/xhtml+xml", nullptr);
    // The generated cover's PNG, when there is one, is the cover-image (what
    // Kindle and stores show); the SVG stays for the cover page.
    if (layout.generated_cover && layout.cover_png.str().empty())
        item("cover-image", layout.cover_image, "image/svg+xml", "cover-image");
    if (!layout.cover_png.str().empty()) {
        item("cover-svg", layout.cover_image, "image/svg+xml", nullptr);
        item("cover-image", layout.cover_png, "image/png", "cover-image");
    }
    int image = 0;
    for (const model::Asset& a : book.assets) {
        const PackagePath path = asset_path(layout, a.href);
        const bool cover = !layout.generated_cover && path == layout.cover_image;
        const std::string id = cover ? "cover-image" : "image" + std::to_string(++image);
        item(id.c_str(), path, a.media_type.c_str(), cover ? "cover-image" : nullptr);
    }
    p.CloseElement();

    p.OpenElement("spine");
    p.PushAttribute("toc", "ncx");
    // Right-to-left books turn their pages the other way; the metadata may
    // also say so explicitly.
    if (m.page_progression_direction == "rtl" || m.page_progression_direction == "ltr")
        p.PushAttribute("page-progression-direction", m.page_progression_direction.c_str());
    else if (util::is_rtl_language(m.lang))
        p.PushAttribute("page-progression-direction", "rtl");
    for (const Document& ch : layout.documents) {
        p.OpenElement("itemref");
        p.PushAttribute("idref", ch.manifest_id.c_str());
        p.CloseElement();
    }
    // The contents page is reachable (landmarks link to it) but not part of
    // the reading order.
    p.OpenElement("itemref");
    p.PushAttribute("idref", "nav");
    p.PushAttribute("linear", "no");
    p.CloseElement();
    p.CloseElement();
    p.CloseElement(); // package
    return printed(p);
}

} // namespace galley::write::epub
