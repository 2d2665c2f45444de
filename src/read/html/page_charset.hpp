#pragma once
// A web page's bytes to UTF-8, honouring the charset the page declares.

#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

#include <string>
#include <string_view>

namespace galley::read::html {

// The charset a page declares in its first 1024 bytes (<meta charset=…> or
// <meta http-equiv=Content-Type content="…; charset=…">), lower-cased, or
// "" when it declares none.
std::string declared_charset(std::string_view bytes);

// Decodes a page: a BOM wins, then the declared charset (UTF-8,
// Windows-1252 and its aliases ISO-8859-1 and US-ASCII, any other through
// iconv), then UTF-8 when the bytes are valid UTF-8, else Windows-1252 with
// a warning. Bytes invalid in the declared charset become U+FFFD with a
// warning. Never throws: NUL bytes become U+FFFD as HTML5 says.
SourceText decode_page(std::string_view bytes, const std::string& path, model::Diagnostics& diags);

} // namespace galley::read::html
