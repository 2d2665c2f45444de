#include "write/page_marks.hpp"

#include <charconv>

namespace galley::write {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

constexpr std::string_view id_prefix = "pl-";

} // namespace

void WordSink::region(std::string name) {
    region_ = std::move(name);
    count_ = 0;
}

void WordSink::text(std::string_view s) {
    if (region_.empty()) return inner_.text(s);
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        const bool space = is_space(s[i]);
        while (j < s.size() && is_space(s[j]) == space)
            ++j;
        if (space)
            inner_.text(s.substr(i, j - i));
        else
            word(s.substr(i, j - i), count_++);
        i = j;
    }
}

void WordSink::word(std::string_view text, std::size_t) { inner_.text(text); }

std::string word_id(std::string_view region, std::size_t index) {
    return std::string(id_prefix) + std::string(region) + "-" + std::to_string(index);
}

bool parse_word_id(std::string_view id, std::string& region, std::size_t& index) {
    if (id.substr(0, id_prefix.size()) != id_prefix) return false;
    id.remove_prefix(id_prefix.size());
    const std::size_t dash = id.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == id.size()) return false;
    const char* first = id.data() + dash + 1;
    const char* last = id.data() + id.size();
    const auto [end, ec] = std::from_chars(first, last, index);
    if (ec != std::errc() || end != last) return false;
    region.assign(id.substr(0, dash));
    return true;
}

void WordIdSink::word(std::string_view text, std::size_t index) {
    inner_.open("span", true);
    inner_.attribute("id", word_id(current_region(), index));
    inner_.text(text);
    inner_.close();
}

PageBreakSink::PageBreakSink(MarkupSink& inner, std::string region, std::vector<PageBreak> breaks)
    : WordSink(inner), breaks_(std::move(breaks)) {
    this->region(std::move(region));
}

std::string page_anchor(std::string_view label) { return "page-" + std::string(label); }

void PageBreakSink::marker(const PageBreak& b) {
    inner_.open("span", true);
    inner_.attribute("epub:type", "pagebreak");
    inner_.attribute("role", "doc-pagebreak");
    inner_.attribute("id", page_anchor(b.label));
    inner_.attribute("aria-label", b.label);
    inner_.close();
}

void PageBreakSink::word(std::string_view text, std::size_t index) {
    while (next_ < breaks_.size() && breaks_[next_].word <= index)
        marker(breaks_[next_++]);
    inner_.text(text);
}

void PageBreakSink::finish() {
    while (next_ < breaks_.size())
        marker(breaks_[next_++]);
}

} // namespace galley::write
