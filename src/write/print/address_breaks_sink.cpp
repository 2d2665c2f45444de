#include "write/print/address_breaks_sink.hpp"

#include <cstring>

namespace galley::write::print {

namespace {

// A part of an address (between slashes) longer than this also breaks after
// its dots and hyphens: a shorter one always fits on a line of its own (an
// A5 page's line holds about fifty characters), so it is carried over whole,
// and the HTML stays lean.
constexpr std::size_t max_whole_part = 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Characters in s[begin, end), counting a UTF-8 sequence once.
std::size_t characters(std::string_view s, std::size_t begin, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i)
        n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
}

bool has_class(std::string_view list, std::string_view name) {
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && is_space(list[i]))
            ++i;
        std::size_t end = i;
        while (end < list.size() && !is_space(list[end]))
            ++end;
        if (list.substr(i, end - i) == name) return true;
        i = end;
    }
    return false;
}

} // namespace

namespace {

// An address printed after its link: another site's, or a mail address.
bool printed_after_link(std::string_view href) {
    return href.starts_with("http") || href.starts_with("ftp") || href.starts_with("mailto");
}

} // namespace

void AddressBreaksSink::open(const char* name, bool inline_level) {
    open_.push_back(Open{!open_.empty() && open_.back().address, {}});
    opened_link_ = std::strcmp(name, "a") == 0;
    inner_.open(name, inline_level);
}

void AddressBreaksSink::attribute(const char* name, std::string_view value) {
    if (opened_link_ && std::strcmp(name, "class") == 0 && has_class(value, "url")) {
        open_.back().address = true;
        open_.back().printed.clear();
    }
    if (opened_link_ && std::strcmp(name, "href") == 0 && !open_.back().address &&
        printed_after_link(value))
        open_.back().printed = std::string(value);
    inner_.attribute(name, value);
}

void AddressBreaksSink::close() {
    opened_link_ = false;
    std::string printed;
    if (!open_.empty()) {
        printed = std::move(open_.back().printed);
        open_.pop_back();
    }
    inner_.close();
    if (printed.empty()) return;
    inner_.open("span", true);
    inner_.attribute("class", "address");
    inner_.text(" (");
    address_text(printed);
    inner_.text(")");
    inner_.close();
}

void AddressBreaksSink::text(std::string_view s) {
    opened_link_ = false;
    if (open_.empty() || !open_.back().address) return inner_.text(s);
    address_text(s);
}

void AddressBreaksSink::address_text(std::string_view s) {
    std::size_t done = 0;       // s[0, done) is passed on
    std::size_t part_end = 0;   // one past the part (between slashes) s[i] is in
    bool long_part = false;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (i >= part_end) {
            part_end = i;
            while (part_end < s.size() && s[part_end] != '/' && !is_space(s[part_end]))
                ++part_end;
            long_part = characters(s, i, part_end) > max_whole_part;
            if (part_end == i) part_end = i + 1; // a slash or a space: a part of its own
        }
        const char c = s[i];
        const char next = s[i + 1];
        if (is_space(next) || next == '/' || next == '.' || next == '-') continue;
        const bool after_slashes = c == '/';
        const bool after_stop = (c == '.' || c == '-') && long_part;
        if (!after_slashes && !after_stop) continue;
        inner_.text(s.substr(done, i + 1 - done));
        inner_.open("wbr", true);
        inner_.close();
        done = i + 1;
    }
    if (done < s.size()) inner_.text(s.substr(done));
}

} // namespace galley::write::print
