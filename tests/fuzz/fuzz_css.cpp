// Fuzz target: the user stylesheet check (transform/stylesheet.hpp), one of
// the security classes: a stylesheet must not reach outside the book or run
// code. The kept sheet, read as a browser reads it (css_reading.hpp: escapes
// resolved, comments and strings left out), holds no @import, @charset,
// @font-face, url(, image-set(, expression(, behavior or -moz-binding; and
// checking it again removes nothing.

#include "css_reading.hpp"
#include "fuzz_support.hpp"
#include "transform/stylesheet.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace galley;
    const fuzz::CpuBudget budget;
    const std::string_view css = fuzz::as_text(data, size);
    model::Diagnostics diags;
    std::string kept;
    try {
        kept = transform::check_stylesheet(css, "f.css", diags);
    } catch (const model::Error& e) {
        if (std::string(e.what()).rfind("f.css: ", 0) != 0)
            fuzz::fail("an error that does not name the stylesheet", e.what());
        return 0;
    }
    fuzz::check_diagnostics(diags);
    if (kept.size() > css.size()) fuzz::fail("the kept sheet is longer than the input", css);
    const std::string code = fuzz::css_code(kept);
    for (const char* word : {"@import", "@charset", "@font-face", "url(", "image-set(",
                             "expression(", "behavior", "-moz-binding"})
        if (code.find(word) != std::string::npos)
            fuzz::fail(std::string("the kept sheet still holds ") + word, css);
    // (A byte-order mark the cuts brought to the front is read as one.)
    std::string_view expected = kept;
    if (expected.substr(0, 3) == "\xEF\xBB\xBF") expected.remove_prefix(3);
    model::Diagnostics again;
    if (transform::check_stylesheet(kept, "f.css", again) != expected || !again.all().empty())
        fuzz::fail("checking the kept sheet again removes more", css);
    return 0;
}
