#pragma once
// The stylesheet rules the paper options add after print.css: QR codes in
// the outer margin, the paper saver's denser layout, the handout footer.

#include "write/print/print_writer.hpp"

#include <string>
#include <string_view>

namespace galley::write::print {

// `margins` is the page's generated margin shorthand ("24mm 42mm 26mm":
// top, inline, bottom); the QR codes are sized to fit the inline margin.
std::string paper_css(const PrintOptions& options, std::string_view margins);

// A CSS string literal: quotes, backslashes, controls and `<` escaped, so
// no value can end the string or the <style> element it is printed in.
std::string css_string(std::string_view s);

} // namespace galley::write::print
