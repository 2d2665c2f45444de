#include "read/credit_line.hpp"

#include "read/licences.hpp"
#include "util/text.hpp"

#include <array>
#include <string>

namespace galley::read {

namespace {

constexpr std::size_t max_credit_bytes = 300;

struct Prefix {
    std::string_view text;
    bool needs_evidence; // "Image:" is a caption unless a source or licence follows
};

constexpr std::array<Prefix, 20> prefixes = {{
    {"image credits:", false},  {"image credit:", false},   {"photo credits:", false},
    {"photo credit:", false},   {"picture credit:", false}, {"credits:", false},
    {"credit:", false},         {"photograph:", false},     {"photo:", false},
    {"featured image:", false}, {"header image:", false},   {"lead image:", false},
    {"top image:", false},      {"cover image:", false},    {"photo by ", false},
    {"image by ", false},       {"photograph by ", false},  {"image:", true},
    {"picture:", true},         {"illustration:", true},
}};

// Sites whose name alone is a source, and after which " on " means "source".
constexpr std::array<std::string_view, 10> known_sources = {
    "Wikimedia Commons", "Wikipedia",    "Unsplash", "Pexels", "Pixabay", "Flickr",
    "Getty Images",      "Shutterstock", "iStock",   "Alamy"};

bool is_known_source(std::string_view s) {
    for (std::string_view k : known_sources)
        if (s.size() == k.size() && util::starts_with_icase(s, k)) return true;
    return false;
}

// Trims spaces and the punctuation a credit line leaves around its parts.
std::string_view clean(std::string_view s) {
    auto junk = [](char c) {
        return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '|' || c == '/' ||
               c == '(' || c == ')' || c == '-';
    };
    while (!s.empty() && junk(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && junk(s.back()))
        s.remove_suffix(1);
    s = util::trim(s);
    if (util::starts_with_icase(s, "by ")) s.remove_prefix(3);
    return util::trim(s);
}

// Case-insensitive find of an ASCII needle.
std::size_t find_icase(std::string_view hay, std::string_view needle) {
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i)
        if (util::starts_with_icase(hay.substr(i), needle)) return i;
    return std::string_view::npos;
}

// "X via Y", "X / Agency" (news captions), "X on Unsplash", "Wikimedia Commons", "X".
void split_attribution(std::string_view s, model::Credit& c) {
    s = clean(s);
    if (s.empty()) return;
    for (std::string_view sep : {std::string_view(" via "), std::string_view(" / ")}) {
        if (const std::size_t at = find_icase(s, sep); at != std::string_view::npos) {
            c.creator = std::string(clean(s.substr(0, at)));
            c.source = std::string(clean(s.substr(at + sep.size())));
            return;
        }
    }
    if (const std::size_t on = find_icase(s, " on "); on != std::string_view::npos) {
        const std::string_view site = clean(s.substr(on + 4));
        if (is_known_source(site)) {
            c.creator = std::string(clean(s.substr(0, on)));
            c.source = std::string(site);
            return;
        }
    }
    if (is_known_source(s))
        c.source = std::string(s);
    else
        c.creator = std::string(s);
}

} // namespace

std::optional<model::Credit> parse_credit_line(std::string_view paragraph, model::SourcePos pos) {
    paragraph = util::trim(paragraph);
    if (paragraph.empty() || paragraph.size() > max_credit_bytes) return std::nullopt;
    const Prefix* found = nullptr;
    for (const Prefix& p : prefixes) {
        if (util::starts_with_icase(paragraph, p.text)) {
            found = &p;
            break;
        }
    }
    if (!found) return std::nullopt;
    const std::string_view body = util::trim(paragraph.substr(found->text.size()));
    if (clean(body).empty()) return std::nullopt;

    model::Credit c;
    c.subject = "lead image";
    c.raw = std::string(paragraph);
    c.pos = std::move(pos);
    std::string_view attribution = body;
    if (const auto lic = find_licence(body)) {
        c.licence = lic->licence;
        attribution = body.substr(0, lic->begin);
        const std::string_view after = clean(body.substr(lic->end));
        // "© Reuters": the licence comes first and the name after it.
        // Otherwise what follows the licence is a note ("cropped by the
        // editors"), kept rather than lost.
        if (clean(attribution).empty())
            attribution = body.substr(lic->end);
        else
            c.note = std::string(after);
    }
    split_attribution(attribution, c);
    if (found->needs_evidence && c.licence.empty() && c.source.empty()) return std::nullopt;
    return c;
}

} // namespace galley::read
