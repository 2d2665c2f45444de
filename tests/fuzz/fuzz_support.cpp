#include "fuzz_support.hpp"

#include "transform/all.hpp"
#include "transform/assets.hpp"
#include "transform/credits.hpp"
#include "transform/ids.hpp"
#include "transform/metadata.hpp"
#include "transform/notes.hpp"
#include "transform/typography.hpp"
#include "util/utf8.hpp"
#include "write/epub/epub_writer.hpp"
#include "write/epub/package_sink.hpp"
#include "write/epub/zip_sink.hpp"
#include "write/xhtml.hpp"
#include "write/xhtml_sink.hpp"

#include <tinyxml2.h>
#include <zip.h>

#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <memory>
#include <set>
#include <vector>

namespace galley::fuzz {

namespace {

// A valid 1x1 grey PNG: every image reference of a fuzzed book loads it.
const std::string one_pixel_png(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x00\x00\x00\x00\x3A\x7E\x9B\x55\x00\x00\x00\x0A\x49\x44\x41\x54\x78\x9C\x63"
    "\x60\x00\x00\x00\x02\x00\x01\x48\xAF\xA4\x71\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60"
    "\x82",
    67);

// XML 1.0's Char production, on code points.
bool xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Duplicate attributes and ids, walked without recursion (documents may be deep).
void check_elements(const tinyxml2::XMLDocument& doc, std::string_view what) {
    std::set<std::string> ids;
    std::vector<const tinyxml2::XMLNode*> stack{&doc};
    while (!stack.empty()) {
        const tinyxml2::XMLNode* n = stack.back();
        stack.pop_back();
        if (const tinyxml2::XMLElement* e = n->ToElement()) {
            std::set<std::string_view> names;
            for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next()) {
                if (!names.insert(a->Name()).second)
                    fail(std::string(what) + ": attribute twice on <" + e->Name() + ">", a->Name());
                if (std::string_view(a->Name()) == "id" && !ids.insert(a->Value()).second)
                    fail(std::string(what) + ": id twice", a->Value());
            }
        }
        for (const tinyxml2::XMLNode* c = n->FirstChild(); c; c = c->NextSibling())
            stack.push_back(c);
    }
}

// Writes the book once: the package's files in memory and the zip bytes.
struct Written {
    write::epub::MemoryPackage files;
    std::string zip;
};

class TeeSink : public write::epub::PackageSink {
  public:
    TeeSink(write::epub::PackageSink& a, write::epub::PackageSink& b) : a_(a), b_(b) {}
    void add(const write::epub::PackagePath& path, std::string_view bytes, bool compress) override {
        a_.add(path, bytes, compress);
        b_.add(path, bytes, compress);
    }

  private:
    write::epub::PackageSink& a_;
    write::epub::PackageSink& b_;
};

Written write_once(const model::Book& book) {
    Written w;
    write::epub::ZipSink zip(book.modified_epoch);
    TeeSink tee(w.files, zip);
    write::epub::write_epub(book, tee);
    w.zip = zip.finish();
    return w;
}

// Opens `zip` with libzip and compares it with the files written.
void check_zip(const Written& w) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(w.zip.data(), w.zip.size(), 0, &error);
    if (!src) fail("zip: cannot make a source", zip_error_strerror(&error));
    zip_t* archive = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(src);
        fail("zip: the EPUB does not open", zip_error_strerror(&error));
    }
    std::unique_ptr<zip_t, int (*)(zip_t*)> guard(archive, zip_close);
    const auto& entries = w.files.entries();
    if (zip_get_num_entries(archive, 0) != static_cast<zip_int64_t>(entries.size()))
        fail("zip: entry count differs from the files written");
    if (entries.empty() || entries.front().path.str() != "mimetype" || entries.front().compressed)
        fail("zip: mimetype is not the first, stored entry");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const char* name = zip_get_name(archive, i, 0);
        if (!name || entries[i].path.str() != name)
            fail("zip: entry name differs", entries[i].path.str());
        zip_file_t* f = zip_fopen_index(archive, i, 0);
        if (!f) fail("zip: entry does not open", name);
        std::string bytes(entries[i].bytes.size() + 1, '\0');
        const zip_int64_t n = zip_fread(f, bytes.data(), bytes.size());
        zip_fclose(f);
        bytes.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
        if (bytes != entries[i].bytes) fail("zip: entry bytes differ", name);
    }
}

bool is_xml_file(std::string_view path) {
    for (std::string_view ext : {".xhtml", ".opf", ".ncx", ".xml", ".svg"})
        if (path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext) return true;
    return false;
}

double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double cpu_limit() {
    const char* env = std::getenv("GALLEY_FUZZ_CPU_SECONDS");
    const double v = env ? std::atof(env) : 0.0;
    return v > 0 ? v : 1.0;
}

} // namespace

CpuBudget::CpuBudget() : start_(thread_cpu_seconds()) {}

CpuBudget::~CpuBudget() {
    static const double limit = cpu_limit();
    const double used = thread_cpu_seconds() - start_;
    if (used > limit)
        fail("slow input: " + std::to_string(used) + " s of CPU time (limit " +
             std::to_string(limit) + " s)");
}

void fail(std::string_view what, std::string_view detail) {
    constexpr std::size_t shown = 2000;
    std::fprintf(stderr, "galley fuzz finding: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!detail.empty())
        std::fprintf(stderr, "%.*s%s\n", static_cast<int>(std::min(detail.size(), shown)),
                     detail.data(), detail.size() > shown ? "..." : "");
    std::abort();
}

void require_xml(std::string_view xml, std::string_view what) {
    for (std::size_t i = 0; i < xml.size();) {
        const std::size_t at = i;
        const unsigned char lead = static_cast<unsigned char>(xml[i]);
        const char32_t c = util::next_code_point(xml, i);
        // next_code_point yields U+FFFD for malformed bytes; a real U+FFFD is
        // three bytes starting EF.
        if (c == 0xFFFD && !(lead == 0xEF && i - at == 3))
            fail(std::string(what) + ": not UTF-8 at byte " + std::to_string(at), xml);
        if (!xml_char(c))
            fail(std::string(what) + ": character XML forbids at byte " + std::to_string(at), xml);
    }
    tinyxml2::XMLDocument doc;
    if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS)
        fail(std::string(what) + ": not well-formed: " + (doc.ErrorStr() ? doc.ErrorStr() : ""),
             xml);
    if (!doc.RootElement()) fail(std::string(what) + ": no root element", xml);
    check_elements(doc, what);
}

void check_article(const model::Article& article) {
    tinyxml2::XMLPrinter printer;
    write::XhtmlSink sink(printer);
    write::render_article(article, sink);
    require_xml(std::string_view(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1)),
                "article XHTML");
}

void check_diagnostics(const model::Diagnostics& diags) {
    for (const model::Diagnostic& d : diags.all()) {
        if (d.message.empty()) fail("a diagnostic without a message", d.pos.file.str());
        if (d.pos.line < 0) fail("a diagnostic with a negative line", d.format());
    }
}

std::size_t check_book(model::Book& book, model::Diagnostics& diags) {
    const transform::ImageLoader load = [](const std::string&, const std::string&,
                                           const model::SourcePos&) { return one_pixel_png; };
    transform::embed_images(book, "book.yaml", load, diags);
    transform::apply_transforms(book, {}, diags);
    check_diagnostics(diags);

    const Written first = write_once(book);
    if (write_once(book).zip != first.zip) fail("the same book gave different EPUB bytes");
    check_zip(first);
    for (const auto& entry : first.files.entries())
        if (is_xml_file(entry.path.str())) require_xml(entry.bytes, entry.path.str());
    return first.zip.size();
}

} // namespace galley::fuzz
