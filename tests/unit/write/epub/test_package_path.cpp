#include "write/epub/package_path.hpp"

#include <catch2/catch.hpp>

using galley::write::epub::PackagePath;

TEST_CASE("hrefs between package paths", "[write][epub]") {
    const PackagePath opf("EPUB/content.opf");
    const PackagePath chapter("EPUB/text/ch001.xhtml");
    const PackagePath css("EPUB/styles/epub.css");
    CHECK(chapter.href_from(opf) == "text/ch001.xhtml");
    CHECK(css.href_from(chapter) == "../styles/epub.css");
    CHECK(chapter.href_from(chapter) == "ch001.xhtml");
    CHECK(opf.href_from(PackagePath("META-INF/container.xml")) == "../EPUB/content.opf");
    CHECK((PackagePath("EPUB") / "nav.xhtml").str() == "EPUB/nav.xhtml");
    CHECK(chapter.directory() == "EPUB/text/");
    CHECK(PackagePath("mimetype").directory().empty());
}
