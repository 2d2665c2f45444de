#pragma once

#include <string>

namespace galley::model {

// Where something came from: a file name as given by the user and a 1-based
// line (0 when no line applies).
struct SourcePos {
    std::string file;
    int line = 0;

    bool operator==(const SourcePos&) const = default;
};

} // namespace galley::model
