#include "write/print/html5_sink.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <array>

namespace galley::write::print {

namespace {

// HTML Living Standard, "void elements".
constexpr std::array<std::string_view, 13> void_elements = {
    "area",  "base", "br",   "col",    "embed", "hr", "img",
    "input", "link", "meta", "source", "track", "wbr"};

bool is_raw_text_element(std::string_view name) {
    return name == "style" || name == "script";
}

// `&`, `<` and `>` in text; `&` and `"` in (always double-quoted) attribute
// values. Characters HTML forbids (controls, noncharacters, malformed UTF-8)
// become U+FFFD first: the same backstop the XHTML sink has.
// Runs between the characters that need an entity are copied whole.
void append_escaped(std::string& out, std::string_view s, bool attribute) {
    std::string replaced;
    if (util::first_xml_unsafe(s) != std::string_view::npos) {
        replaced = util::xml_safe(s);
        s = replaced;
    }
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char* entity = nullptr;
        if (c == '&')
            entity = "&amp;";
        else if (!attribute && c == '<')
            entity = "&lt;";
        else if (!attribute && c == '>')
            entity = "&gt;";
        else if (attribute && c == '"')
            entity = "&quot;";
        if (!entity) continue;
        out.append(s.data() + from, i - from);
        out += entity;
        from = i + 1;
    }
    out.append(s.data() + from, s.size() - from);
}

// Raw text ends at the first `</style` (or `</script`), whatever its case;
// writing `<\/` instead keeps CSS strings and comments meaning the same.
void append_raw_text(std::string& out, std::string_view s) {
    const std::string safe = util::xml_safe(s);
    for (std::size_t i = 0; i < safe.size(); ++i) {
        if (safe[i] == '<' && i + 1 < safe.size() && safe[i + 1] == '/') {
            out += "<\\/";
            ++i;
        } else {
            out += safe[i];
        }
    }
}

} // namespace

bool is_void_element(std::string_view name) {
    return std::find(void_elements.begin(), void_elements.end(), name) != void_elements.end();
}

void Html5Sink::doctype() {
    out_ += "<!DOCTYPE html>\n";
}

void Html5Sink::finish_start_tag() {
    if (!start_tag_open_) return;
    out_ += '>';
    start_tag_open_ = false;
}

void Html5Sink::open(const char* name, bool inline_level) {
    finish_start_tag();
    // Once inside running text, everything below stays compact too.
    const bool compact = inline_level || (!stack_.empty() && stack_.back().compact);
    if (!compact) {
        // A line break between block-level elements only: inside running
        // text white space would change what is displayed.
        if (!stack_.empty()) stack_.back().has_block_child = true;
        if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    }
    out_ += '<';
    out_ += name;
    start_tag_open_ = true;
    stack_.push_back(Open{name, compact, is_void_element(name), is_raw_text_element(name)});
}

void Html5Sink::attribute(const char* name, std::string_view value) {
    if (!start_tag_open_) return; // only valid right after open()
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped(out_, value, true);
    out_ += '"';
}

void Html5Sink::text(std::string_view s) {
    finish_start_tag();
    if (!stack_.empty() && stack_.back().is_void) return; // void elements hold nothing
    if (!stack_.empty() && stack_.back().raw_text)
        append_raw_text(out_, s);
    else
        append_escaped(out_, s, false);
}

void Html5Sink::close() {
    if (stack_.empty()) return;
    finish_start_tag();
    const Open top = std::move(stack_.back());
    stack_.pop_back();
    if (!top.is_void) {
        if (top.has_block_child && out_.back() != '\n') out_ += '\n';
        out_ += "</";
        out_ += top.name;
        out_ += '>';
    }
    if (stack_.empty()) out_ += '\n';
}

} // namespace galley::write::print
