// Fuzz target: the raw-HTML subset tokenizer (read/html_subset.hpp). Kept
// apart from the other targets on purpose: the tokenizer is expected to give
// way to an HTML5 parser, and then this file goes with it. The Markdown
// reader's raw-HTML path has its own target (fuzz_markdown_html.cpp).
//
// Checks: the tokens' source text put back together is the input, their
// lines count the newlines before them, names are lower case; reference
// decoding keeps valid UTF-8 valid.

#include "fuzz_support.hpp"
#include "read/html_subset.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <string>

namespace {

using namespace galley;

bool lower_case(std::string_view name) {
    return std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void check_tokens(std::string_view input) {
    std::string joined;
    int newlines = 0;
    for (const read::html::Token& t : read::html::tokenize(input)) {
        if (t.line != newlines) fuzz::fail("a token's line is not the newlines before it", input);
        if (!lower_case(t.name)) fuzz::fail("a tag name not lower-cased: " + t.name, input);
        for (const read::html::Attribute& a : t.attributes)
            if (!lower_case(a.name)) fuzz::fail("an attribute name not lower-cased", input);
        if (t.source.empty()) fuzz::fail("an empty token", input);
        joined += t.source;
        newlines += static_cast<int>(std::count(t.source.begin(), t.source.end(), '\n'));
        (void)read::html::classify(t.name);
        if (const std::string* href = read::html::find_attribute(t, "href"))
            (void)read::html::is_script_url(*href);
    }
    if (joined != input) fuzz::fail("the tokens do not give back the input", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const galley::fuzz::CpuBudget budget;
    const std::string_view input = fuzz::as_text(data, size);
    check_tokens(input);

    const std::string decoded = read::html::decode_references(
        input, [](std::string_view name) { return name == "amp" ? std::string("&") : std::string(); });
    if (util::is_valid_utf8(input) && !util::is_valid_utf8(decoded))
        fuzz::fail("decoding references broke UTF-8", input);
    return 0;
}
