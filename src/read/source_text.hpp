#pragma once
// Turns the bytes of an input file into UTF-8 text with LF line endings.

#include "model/diagnostic.hpp"

#include <string>
#include <string_view>

namespace galley::read {

struct SourceText {
    std::string path;     // as given by the user, for diagnostics
    std::string text;     // UTF-8, LF line endings, no BOM, XML-safe characters
    std::string encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

// What a NUL byte (outside UTF-16) means.
enum class NulBytes {
    Binary,  // the file is not text: model::Error
    Replace, // a character like any other XML cannot carry (CommonMark 2.3)
};

// Decodes `bytes`: UTF-8 with or without BOM, UTF-16 with BOM, otherwise
// Windows-1252 (with one warning). CRLF and CR become LF. Characters XML
// cannot carry become U+FFFD with a warning. With NulBytes::Binary, throws
// model::Error naming the file for input holding NUL bytes (outside UTF-16).
SourceText decode_source(std::string_view bytes, const std::string& path, model::Diagnostics& diags,
                         NulBytes nul = NulBytes::Binary);

} // namespace galley::read
