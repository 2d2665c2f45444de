// Pathological input, cmark-style: random bytes and hostile shapes through
// every reader and the XHTML renderer. The properties: no crash, no throw
// other than model::Error, and output that parses as XML.

#include "read/markdown/markdown_reader.hpp"
#include "read/source_text.hpp"
#include "read/text/text_reader.hpp"
#include "transform/ids.hpp"
#include "write/xhtml.hpp"
#include "write/xhtml_sink.hpp"
#include "xml_helpers.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace galley;

namespace {

// Reads `bytes` as both formats and renders the result; returns false when
// the input was refused with a model::Error (e.g. binary data).
bool round_trip(const std::string& bytes) {
    for (const bool markdown : {false, true}) {
        model::Diagnostics diags;
        read::SourceText src;
        try {
            src = read::decode_source(bytes, markdown ? "fuzz.md" : "fuzz.txt", diags);
        } catch (const model::Error&) {
            return false;
        }
        model::Book book;
        book.articles.push_back(markdown ? read::read_markdown(src, diags) : read::read_text(src, diags));
        transform::assign_ids(book);
        tinyxml2::XMLPrinter printer;
        write::XhtmlSink sink(printer);
        write::render_article(book.articles.front(), sink);
        tinyxml2::XMLDocument doc;
        test::parse(doc, printer.CStr());
    }
    return true;
}

} // namespace

TEST_CASE("random bytes never break the readers or the XHTML", "[pathological]") {
    std::mt19937 rng(1988);
    const std::string alphabet = "# *_-`>[]()!<>/&;:\"'\n\n\r\t 1.a\\|~=+{}\xC2\xA0\xE2\x80\x9C\xFF\xFE\x01";
    int accepted = 0;
    for (int round = 0; round < 300; ++round) {
        std::string s;
        const int len = std::uniform_int_distribution<int>(0, 400)(rng);
        for (int i = 0; i < len; ++i) {
            if (round % 3 == 0)
                s += static_cast<char>(std::uniform_int_distribution<int>(1, 255)(rng));
            else
                s += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
        }
        INFO("round " << round);
        accepted += round_trip(s);
    }
    CHECK(accepted == 300); // no NUL bytes in the alphabet: nothing is refused
}

TEST_CASE("hostile shapes stay bounded", "[pathological]") {
    CHECK(round_trip(std::string(20000, '>') + " deep quote\n"));
    CHECK(round_trip(std::string(20000, '*') + "\n"));
    CHECK(round_trip(std::string(5000, '[') + "x" + std::string(5000, ']') + "\n"));
    std::string nested_lists;
    for (int i = 0; i < 500; ++i) nested_lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    CHECK(round_trip(nested_lists));
    CHECK(round_trip(std::string(100000, '\n')));
    CHECK(round_trip("<![CDATA[ x ]]> <!-- c --> <?pi?> </p> <div><span>unclosed\n"));
    CHECK_FALSE(round_trip(std::string("Title\n\n\0\0\0", 10)));
}
