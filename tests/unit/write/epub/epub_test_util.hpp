#pragma once
// Shared by the EPUB writer tests: books built in memory, files read back.

#include "transform/ids.hpp"
#include "write/epub/epub_writer.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace test {

using galley::write::epub::MemoryPackage;

inline galley::model::Inlines words(const std::string& s) {
    return {galley::model::Inline::make_text(s)};
}

inline galley::model::Book book_with(std::vector<galley::model::Article> articles,
                                     std::string lang = "en") {
    galley::model::Book book;
    book.meta.title = "The Book";
    book.meta.lang = std::move(lang);
    book.meta.identifier = "urn:uuid:00000000-0000-5000-8000-000000000001";
    book.modified_epoch = 1596585600;
    book.articles = std::move(articles);
    galley::transform::assign_ids(book);
    return book;
}

inline MemoryPackage write(const galley::model::Book& book,
                           const galley::write::epub::EpubOptions& options = {}) {
    MemoryPackage pkg;
    galley::write::epub::write_epub(book, pkg, options);
    return pkg;
}

// Parses the file at `path` of `pkg` into `doc`, failing when it is missing.
inline void parse_entry(tinyxml2::XMLDocument& doc, const MemoryPackage& pkg,
                        std::string_view path) {
    const auto* e = pkg.find(path);
    INFO(path);
    REQUIRE(e);
    parse(doc, e->bytes);
}

// The first element named `name` whose attribute `attr_name` is `value`.
inline const tinyxml2::XMLElement* find_by(const tinyxml2::XMLNode* root, std::string_view name,
                                           const char* attr_name, std::string_view value) {
    for (const auto* e : all(root, name))
        if (attr(e, attr_name) == value) return e;
    return nullptr;
}

// The element children of `e` named `name`.
inline std::vector<const tinyxml2::XMLElement*> children(const tinyxml2::XMLElement* e,
                                                         const char* name) {
    std::vector<const tinyxml2::XMLElement*> out;
    for (const auto* c = e->FirstChildElement(name); c; c = c->NextSiblingElement(name))
        out.push_back(c);
    return out;
}

} // namespace test
