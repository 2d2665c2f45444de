# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -DNAMESPACE=ns -P embed_file.cmake
# Writes a C++ source defining `std::string_view NAMESPACE::SYMBOL()` that
# returns the bytes of INPUT. Hex bytes, so any content is safe to embed.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed_file.cmake; do not edit.\n"
"#include <string_view>\n\n"
"namespace ${NAMESPACE} {\n\n"
"namespace {\nconstexpr char data[] = {\n    ${bytes}'\\0'};\n}\n\n"
"std::string_view ${SYMBOL}() { return std::string_view(data, ${size}); }\n\n"
"} // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
