// The page-list of the print edition: <nav epub:type="page-list"> in
// nav.xhtml and <pageList> in toc.ncx, both linking to the page-break
// markers PageBreakSink put in the text (write/page_marks.hpp).

#include "util/utf8.hpp"
#include "write/epub/xml_util.hpp"

namespace galley::write::epub {

namespace {

// (label, href from `from`) of every page whose region has a document.
std::vector<std::pair<std::string, std::string>> page_targets(const Layout& layout,
                                                              const PackagePath& from) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const PageBreak& b : layout.page_breaks)
        if (const Document* d = layout.document_of(b.region))
            out.emplace_back(b.label, d->path.href_from(from) + "#" + page_anchor(b.label));
    return out;
}

} // namespace

void page_list_nav(const Layout& layout, XhtmlSink& out) {
    if (layout.page_breaks.empty()) return;
    out.open("nav");
    out.attribute("epub:type", "page-list");
    out.attribute("role", "doc-pagelist");
    out.attribute("id", "page-list");
    out.attribute("hidden", "hidden");
    out.attribute("aria-label", "Pages");
    out.open("ol");
    for (const auto& [label, href] : page_targets(layout, layout.nav)) {
        out.open("li");
        out.open("a");
        out.attribute("href", href);
        out.text(label);
        out.close();
        out.close();
    }
    out.close(); // ol
    out.close(); // nav
}

void page_list_ncx(const Layout& layout, tinyxml2::XMLPrinter& p, int play_order) {
    if (layout.page_breaks.empty()) return;
    p.OpenElement("pageList");
    p.OpenElement("navLabel");
    p.OpenElement("text");
    p.PushText("Pages");
    p.CloseElement();
    p.CloseElement();
    for (const auto& [label, href] : page_targets(layout, layout.ncx)) {
        p.OpenElement("pageTarget");
        p.PushAttribute("id", ("pt-" + label).c_str());
        p.PushAttribute("type", "normal");
        p.PushAttribute("value", label.c_str());
        p.PushAttribute("playOrder", ++play_order);
        p.OpenElement("navLabel");
        p.OpenElement("text");
        p.PushText(util::xml_safe(label).c_str());
        p.CloseElement();
        p.CloseElement();
        p.OpenElement("content");
        p.PushAttribute("src", href.c_str());
        p.CloseElement();
        p.CloseElement(); // pageTarget
    }
    p.CloseElement(); // pageList
}

std::string max_page_number(const Layout& layout) {
    return layout.page_breaks.empty() ? "0" : layout.page_breaks.back().label;
}

} // namespace galley::write::epub
