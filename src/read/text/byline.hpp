#pragma once
// Bylines in plain text: the line under the title that says who wrote the
// article, when and for whom ("By Maria Okafor | 12 March 2024 | Newsroom",
// "By X, Reuters", "Von X und Y", "Jane Doe | The Courier").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read::text {

struct Byline {
    std::vector<std::string> authors;
    std::string date; // ISO 8601 (YYYY-MM-DD) when recognised, else as written
    std::string source;
};

// Reads one line as a byline, or returns nothing. Parts are separated by
// "|", "·" or "•". The first part is the names: after "By", "Von", "Par",
// "Por", "Di", "Door" or "به قلم" (any case), or bare when another part
// follows ("Jane Doe | Source"). Names are separated by commas and "and",
// "und", "et", "y", "e", "en", "&" or "و"; a last comma part that is one word
// or a news agency ("By X, Reuters", "By X, Associated Press") is the
// source, a job title ("Staff Writer") is dropped. Every name must look like
// one (read/names.hpp) and have two words or more (a script without case:
// one to three), so "By the time we arrived" and "By Tuesday, the river had
// risen" stay text. Other parts are a date ("12 March 2024", "March 12,
// 2024", "2024-03-12", "12 mars 2024", "12. März 2024", "12 de marzo de
// 2024") or the source (a name); anything else means it is not a byline. At
// most 200 bytes.
std::optional<Byline> parse_byline(std::string_view line);

// A date as written in a byline, to ISO 8601 (YYYY-MM-DD); empty when it is
// not one of the forms above (English, French, German, Spanish month names).
std::string parse_written_date(std::string_view s);

} // namespace galley::read::text
