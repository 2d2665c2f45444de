#include "read/credit_line.hpp"

#include "read/licences.hpp"
#include "read/names.hpp"
#include "util/text.hpp"

#include <array>
#include <string>

namespace galley::read {

namespace {

constexpr std::size_t max_credit_bytes = 300;

// How a credit line starts. `word` is matched without regard to ASCII case;
// a Colon form takes a colon after it, with or without spaces before it
// (French typography writes "Photo : X", often with a no-break space); a By
// form is the words themselves ("Photo by X").
struct Prefix {
    std::string_view word;
    bool colon;
    bool needs_evidence; // "Image:" is a caption unless a source, a licence or a name follows
};

constexpr Prefix prefixes[] = {
    // English
    {"image credits", true, false}, {"image credit", true, false}, {"photo credits", true, false},
    {"photo credit", true, false}, {"picture credit", true, false}, {"credits", true, false},
    {"credit", true, false}, {"photographs", true, false}, {"photograph", true, false},
    {"photos", true, false}, {"photo", true, false}, {"featured image", true, false},
    {"header image", true, false}, {"lead image", true, false}, {"top image", true, false},
    {"cover image", true, false}, {"photo by ", false, false}, {"image by ", false, false},
    {"photograph by ", false, false}, {"photographed by ", false, false},
    {"illustration by ", false, false}, {"image", true, true}, {"picture", true, true},
    {"illustration", true, true}, {"illustrations", true, true},
    // French ("Photo :" is the English form with the French space)
    {"crédits photo", true, false}, {"crédit photo", true, false}, {"crédits", true, false},
    {"crédit", true, false}, {"photographie", true, false}, {"photo de ", false, true},
    // German
    {"bildnachweis", true, false}, {"fotonachweis", true, false}, {"fotos", true, false},
    {"foto", true, false}, {"bild", true, true}, {"grafik", true, true},
    {"foto von ", false, true},
    // Spanish
    {"fotografía", true, false}, {"fotografías", true, false}, {"créditos", true, false},
    {"crédito", true, false}, {"imagen", true, true}, {"ilustración", true, true},
    {"fotografía de ", false, true}, {"foto de ", false, true},
    // Persian: عکس (photo), عکاس (photographer), تصویر (image), اعتبار عکس (photo credit)
    {"\xD8\xB9\xDA\xA9\xD8\xB3", true, false},
    {"\xD8\xB9\xDA\xA9\xD8\xA7\xD8\xB3", true, false},
    {"\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1 \xD8\xB9\xDA\xA9\xD8\xB3", true, false},
    {"\xD8\xAA\xD8\xB5\xD9\x88\xDB\x8C\xD8\xB1", true, true},
};

// The length of `p` at the start of `s` (its colon and the spaces around
// it included), or 0.
std::size_t match_prefix(std::string_view s, const Prefix& p) {
    if (!util::starts_with_icase(s, p.word)) return 0;
    std::size_t at = p.word.size();
    if (!p.colon) return at;
    for (;;) { // spaces, no-break spaces (U+00A0, U+202F) before the colon
        if (at < s.size() && s[at] == ' ')
            at += 1;
        else if (s.substr(at).starts_with("\xC2\xA0"))
            at += 2;
        else if (s.substr(at).starts_with("\xE2\x80\xAF"))
            at += 3;
        else
            break;
    }
    if (at < s.size() && s[at] == ':') return at + 1;
    if (s.substr(at).starts_with("\xEF\xBC\x9A")) return at + 3; // fullwidth colon
    return 0;
}

// The longest prefix `s` starts with ("photo credit:" before "photo:").
const Prefix* find_prefix(std::string_view s, std::size_t& length) {
    const Prefix* best = nullptr;
    length = 0;
    for (const Prefix& p : prefixes) {
        const std::size_t n = match_prefix(s, p);
        if (n > length) {
            length = n;
            best = &p;
        }
    }
    return best;
}

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
    // "X/Reuters": a slash between words (never inside an address).
    if (const std::size_t slash = s.find('/');
        slash != std::string_view::npos && s.find("://") == std::string_view::npos &&
        s.find("www.") == std::string_view::npos && slash > 0 && slash + 1 < s.size() &&
        !clean(s.substr(0, slash)).empty() && !clean(s.substr(slash + 1)).empty()) {
        c.creator = std::string(clean(s.substr(0, slash)));
        c.source = std::string(clean(s.substr(slash + 1)));
        return;
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

bool looks_like_credit_line(std::string_view paragraph) {
    paragraph = util::trim(paragraph);
    if (paragraph.empty() || paragraph.size() > max_credit_bytes) return false;
    std::size_t length = 0;
    if (!find_prefix(paragraph, length)) return false;
    return !clean(paragraph.substr(length)).empty();
}

std::optional<model::Credit> parse_credit_text(std::string_view text, model::SourcePos pos) {
    text = util::trim(text);
    if (text.empty() || text.size() > max_credit_bytes) return std::nullopt;
    if (auto c = parse_credit_line(text, pos)) return c;
    model::Credit c;
    c.subject = "lead image";
    c.raw = std::string(text);
    c.pos = std::move(pos);
    std::string_view attribution = text;
    if (const auto lic = find_licence(text)) {
        c.licence = lic->licence;
        attribution = text.substr(0, lic->begin);
        if (clean(attribution).empty())
            attribution = text.substr(lic->end);
        else
            c.note = std::string(clean(text.substr(lic->end)));
    }
    split_attribution(attribution, c);
    if (c.creator.empty() && c.source.empty() && c.licence.empty()) return std::nullopt;
    return c;
}

std::optional<model::Credit> parse_credit_line(std::string_view paragraph, model::SourcePos pos) {
    paragraph = util::trim(paragraph);
    if (paragraph.empty() || paragraph.size() > max_credit_bytes) return std::nullopt;
    std::size_t length = 0;
    const Prefix* found = find_prefix(paragraph, length);
    if (!found) return std::nullopt;
    const std::string_view body = util::trim(paragraph.substr(length));
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
    // "Image: protesters in front of the court" is a caption; "Image: Jane
    // Doe" names who made it.
    if (found->needs_evidence && c.licence.empty() && c.source.empty() &&
        !looks_like_name(c.creator))
        return std::nullopt;
    return c;
}

} // namespace galley::read
