// Fuzz target: the credit-line parser and the licence recogniser. The input
// is one paragraph (as a credit line, as free licence text and as a deed
// URL). Found licences must point inside the text and survive a round trip
// through their deed URL; a parsed credit is rendered on a Credits page and
// the XHTML parsed back.

#include "fuzz_support.hpp"
#include "read/credit_line.hpp"
#include "read/licences.hpp"
#include "write/credits.hpp"
#include "write/xhtml_sink.hpp"

#include <tinyxml2.h>

namespace {

using namespace galley;

void check_licence(const model::Licence& licence, std::string_view text) {
    if (licence.name.empty()) fuzz::fail("a licence without a name", text);
    if (licence.url.empty()) return;
    if (read::licence_from_url(licence.url) != licence)
        fuzz::fail("the licence's deed URL names another licence: " + licence.name, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    const std::string_view text = fuzz::as_text(data, size);

    if (const auto match = read::find_licence(text)) {
        if (match->begin >= match->end || match->end > text.size())
            fuzz::fail("a licence match outside the text", text);
        check_licence(match->licence, text);
    }
    // recognise_licence is find_licence or "unknown": not run again here,
    // the regular expressions are most of this target's cost.
    const model::Licence from_url = read::licence_from_url(text);
    if (!from_url.empty()) check_licence(from_url, text);

    if (auto credit = read::parse_credit_line(text, {"in.txt", 1})) {
        if (!credit->licence.empty()) check_licence(credit->licence, text);
        model::Book book;
        book.credits.push_back(std::move(*credit));
        tinyxml2::XMLPrinter printer;
        write::XhtmlSink sink(printer);
        write::render_credits(book, sink);
        fuzz::require_xml(
            std::string_view(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1)),
            "credits XHTML");
    }
    return 0;
}
