#include "model/source_pos.hpp"

namespace galley::model {

namespace {

const std::string& no_name() {
    static const std::string empty;
    return empty;
}

} // namespace

FileName::FileName(std::string_view name) {
    if (name.empty()) return;
    // A reader names its file once per block, from the same text: the last
    // name made on this thread is shared when the text is the same.
    thread_local std::shared_ptr<const std::string> last;
    if (!last || *last != name) last = std::make_shared<const std::string>(name);
    text_ = last;
}

const std::string& FileName::str() const { return text_ ? *text_ : no_name(); }

} // namespace galley::model
