#include "write/print/pdf_pages.hpp"

#include "model/diagnostic.hpp"
#include "write/print/imposition.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <vector>

namespace galley::write::print {

namespace {

// A PDF opened from memory; qpdf's exceptions become model::Error.
void open(QPDF& pdf, std::string_view bytes) {
    pdf.setSuppressWarnings(true);
    try {
        pdf.processMemoryFile("print.pdf", bytes.data(), bytes.size());
    } catch (const std::exception& e) {
        throw model::Error(std::string("cannot read the laid-out PDF: ") + e.what());
    }
}

struct Size {
    double width = 0;
    double height = 0;
};

// `pdf` written out, with an /ID made from its content (deterministic).
std::string written(QPDF& pdf) {
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
}

Size box_size(QPDFObjectHandle box) {
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    return {r.urx - r.llx, r.ury - r.lly};
}

} // namespace

std::string impose_booklet(std::string_view bytes, const BookletLayout& layout) {
    QPDF pdf;
    open(pdf, bytes);
    try {
        QPDFPageDocumentHelper doc(pdf);
        std::vector<QPDFPageObjectHelper> pages = doc.getAllPages();
        std::vector<QPDFObjectHandle> forms;
        std::vector<Size> sizes;
        for (QPDFPageObjectHelper& page : pages) {
            forms.push_back(page.getFormXObjectForPage());
            sizes.push_back(box_size(forms.back().getDict().getKey("/BBox")));
        }
        for (QPDFPageObjectHelper& page : pages)
            doc.removePage(page);
        // Nothing may still point at the removed pages.
        QPDFObjectHandle root = pdf.getRoot();
        for (const char* key : {"/Outlines", "/Names", "/Dests", "/PageLabels", "/OpenAction"})
            root.removeKey(key);

        const double fold = layout.sheet_width / 2;
        const double mid_y = layout.sheet_height / 2;
        for (const SheetSide& side :
             booklet_sides(pages.size(), layout.sheets_per_signature, layout.creep)) {
            QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
            QPDFObjectHandle sheet = pdf.makeIndirectObject(QPDFObjectHandle::parse(
                "<< /Type /Page /MediaBox [0 0 " + std::to_string(layout.sheet_width) + " " +
                std::to_string(layout.sheet_height) + "] >>"));
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            sheet.replaceKey("/Resources", resources);
            QPDFPageObjectHelper helper(sheet);
            std::string content;
            // The left page's right edge and the right page's left edge meet
            // at the fold; creep moves both toward it.
            const auto place = [&](std::size_t index, bool left) {
                if (index >= pages.size()) return; // a blank page
                const Size s = sizes[index];
                const double x0 = left ? fold - s.width + side.shift : fold - side.shift;
                const std::string name = "/Pg" + std::to_string(index + 1);
                xobjects.replaceKey(name, forms[index]);
                content += helper.placeFormXObject(
                    forms[index], name,
                    QPDFObjectHandle::Rectangle(x0, mid_y - s.height / 2, x0 + s.width,
                                                mid_y + s.height / 2),
                    false, false, false);
            };
            place(side.left, true);
            place(side.right, false);
            sheet.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
            doc.addPage(helper, false);
        }

        return written(pdf);
    } catch (const model::Error&) {
        throw;
    } catch (const std::exception& e) {
        throw model::Error(std::string("cannot impose the booklet: ") + e.what());
    }
}

std::map<std::string, Destination> named_destinations(std::string_view bytes) {
    QPDF pdf;
    open(pdf, bytes);
    std::map<std::string, Destination> out;
    try {
        QPDFPageDocumentHelper doc(pdf);
        std::map<QPDFObjGen, std::pair<std::size_t, double>> page_of; // page, height
        std::size_t n = 0;
        for (QPDFPageObjectHelper& page : doc.getAllPages()) {
            const QPDFObjectHandle::Rectangle r = page.getMediaBox().getArrayAsRectangle();
            page_of[page.getObjectHandle().getObjGen()] = {n++, r.ury};
        }
        // [page /XYZ left top zoom], or a dictionary holding it as /D.
        const auto add = [&](const std::string& name, QPDFObjectHandle dest) {
            if (dest.isDictionary()) dest = dest.getKey("/D");
            if (!dest.isArray() || dest.getArrayNItems() < 1) return;
            const auto it = page_of.find(dest.getArrayItem(0).getObjGen());
            if (it == page_of.end()) return;
            double top = 0;
            if (dest.getArrayNItems() >= 4 && dest.getArrayItem(3).isNumber())
                top = it->second.second - dest.getArrayItem(3).getNumericValue();
            out.emplace(name, Destination{it->second.first, top});
        };
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle names = root.getKey("/Names");
        if (names.isDictionary() && names.getKey("/Dests").isDictionary()) {
            QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), pdf);
            for (auto& [name, dest] : tree)
                add(name, dest);
        }
        QPDFObjectHandle dests = root.getKey("/Dests");
        if (dests.isDictionary())
            for (const std::string& key : dests.getKeys())
                add(key.substr(1), dests.getKey(key));
    } catch (const std::exception& e) {
        throw model::Error(std::string("cannot read the PDF's destinations: ") + e.what());
    }
    return out;
}

std::string remove_named_destinations(std::string bytes, bool (*drop)(std::string_view name)) {
    QPDF pdf;
    open(pdf, bytes);
    try {
        bool changed = false;
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle names = root.getKey("/Names");
        if (names.isDictionary() && names.getKey("/Dests").isDictionary()) {
            // Rebuilt as one leaf holding the entries kept, in their order
            // (sorted, as the tree keeps them): removing entries one by one
            // costs time in proportion to the tree's size each.
            QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), pdf);
            QPDFObjectHandle kept = QPDFObjectHandle::newArray();
            for (auto& [name, dest] : tree) {
                if (drop(name)) {
                    changed = true;
                    continue;
                }
                kept.appendItem(QPDFObjectHandle::newUnicodeString(name));
                kept.appendItem(dest);
            }
            if (changed) {
                QPDFObjectHandle leaf = QPDFObjectHandle::newDictionary();
                leaf.replaceKey("/Names", kept);
                names.replaceKey("/Dests", pdf.makeIndirectObject(leaf));
            }
        }
        QPDFObjectHandle dests = root.getKey("/Dests");
        if (dests.isDictionary())
            for (const std::string& key : dests.getKeys())
                if (drop(std::string_view(key).substr(1))) {
                    dests.removeKey(key);
                    changed = true;
                }
        if (!changed) return bytes;
        return written(pdf);
    } catch (const std::exception& e) {
        throw model::Error(std::string("cannot rewrite the PDF's destinations: ") + e.what());
    }
}

std::size_t pdf_page_count(std::string_view bytes) {
    QPDF pdf;
    open(pdf, bytes);
    try {
        return QPDFPageDocumentHelper(pdf).getAllPages().size();
    } catch (const std::exception& e) {
        throw model::Error(std::string("cannot read the laid-out PDF: ") + e.what());
    }
}

} // namespace galley::write::print
