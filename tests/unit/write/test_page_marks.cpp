#include "write/page_marks.hpp"
#include "write/xhtml_sink.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

#include <tinyxml2.h>

using namespace galley;
using write::PageBreak;

namespace {

// Renders `texts` (one text() call each) inside <p> through a sink made by
// `make`, and returns the XML.
template <typename Make>
std::string through(const std::vector<std::string>& texts, Make make) {
    tinyxml2::XMLPrinter p(nullptr, true);
    write::XhtmlSink xml(p);
    auto sink = make(xml);
    sink.open("p");
    for (const std::string& t : texts)
        sink.text(t);
    if constexpr (std::is_same_v<decltype(sink), write::PageBreakSink>) sink.finish();
    sink.close();
    return std::string(p.CStr());
}

} // namespace

TEST_CASE("word ids number the words of a region", "[write][page-marks]") {
    const std::string xml = through({"One  two", "\nthree"}, [](write::XhtmlSink& s) {
        write::WordIdSink sink(s);
        sink.region("ch001");
        return sink;
    });
    tinyxml2::XMLDocument doc;
    test::parse(doc, xml);
    const auto spans = test::all(doc.RootElement(), "span");
    REQUIRE(spans.size() == 3);
    CHECK(test::attr(spans[0], "id") == "pl-ch001-0");
    CHECK(test::text(spans[0]) == "One");
    CHECK(test::attr(spans[2], "id") == "pl-ch001-2");
    CHECK(test::text(spans[2]) == "three");
    // White space is kept as it was, outside the spans.
    CHECK(xml.find("One</span>  <span") != std::string::npos);
    CHECK(xml.find("two</span>\n<span") != std::string::npos);
}

TEST_CASE("outside a region the text passes untouched", "[write][page-marks]") {
    const std::string xml = through({"One two"}, [](write::XhtmlSink& s) {
        return write::WordIdSink(s);
    });
    CHECK(xml.find("span") == std::string::npos);
    CHECK(xml.find("One two") != std::string::npos);
}

TEST_CASE("word ids read back", "[write][page-marks]") {
    std::string region;
    std::size_t index = 0;
    REQUIRE(write::parse_word_id(write::word_id("ch-001", 42), region, index));
    CHECK(region == "ch-001");
    CHECK(index == 42);
    for (const char* bad : {"ch001", "pl-", "pl-ch001", "pl-ch001-", "pl--3", "pl-ch001-3x",
                            "pl-ch001-+1", "xx-ch001-1"}) {
        INFO(bad);
        CHECK_FALSE(write::parse_word_id(bad, region, index));
    }
}

TEST_CASE("page-break markers go before the word each page starts with", "[write][page-marks]") {
    const std::vector<PageBreak> breaks{
        {"ch001", 0, "2"}, {"ch001", 0, "3"}, {"ch001", 2, "4"}, {"ch001", 99, "5"}};
    const std::string xml = through({"alpha beta", " gamma"}, [&](write::XhtmlSink& s) {
        return write::PageBreakSink(s, "ch001", breaks);
    });
    tinyxml2::XMLDocument doc;
    test::parse(doc, xml);
    const auto spans = test::all(doc.RootElement(), "span");
    REQUIRE(spans.size() == 4);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        CHECK(test::attr(spans[i], "epub:type") == "pagebreak");
        CHECK(test::attr(spans[i], "role") == "doc-pagebreak");
        CHECK(test::attr(spans[i], "id") == "page-" + breaks[i].label);
        CHECK(test::attr(spans[i], "aria-label") == breaks[i].label);
        CHECK(spans[i]->FirstChild() == nullptr);
    }
    // Page 4 starts at "gamma"; page 5 is past the last word, at the end.
    CHECK(xml.find("id=\"page-4\" aria-label=\"4\"/>gamma") != std::string::npos);
    CHECK(xml.find("gamma<span") != std::string::npos);
    CHECK(test::text(doc.RootElement()) == "alpha beta gamma");
}
