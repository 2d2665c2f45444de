#pragma once
// The words galley itself puts into a book ("Contents", "Credits", "By",
// "Edited by"...), in the book's language, from one table; and dates and
// numbers written the way that language writes them.

#include <string>
#include <string_view>
#include <vector>

namespace galley::write {

enum class Label {
    Contents,
    Credits,
    Cover,
    TitlePage,
    Landmarks,
    StartOfContent,
    Image,           // a book-level image credit whose article is unknown
    LeadImageOf,     // followed by the article's title in quotes
    ImageIn,         // followed by the article's title in quotes
    NotIncluded,     // after LeadImageOf, ImageIn: a credited image the book does not show
    By,              // opens a byline: "By" A and B
    And,             // between the last two names
    CreditBy,        // between a work and its creator, with its spaces: " by "
    CreditVia,       // between a creator and the source, with its spaces: " via "
    EditedBy,        // before editors' names on the title page
    TranslatedBy,    // before translators' names
    IllustratedBy,   // before illustrators' names
    FirstPublishedBy // before an article's source on its header and the Credits page
};

// `label` in `lang` (a BCP 47 tag; its primary subtag decides): en, fr, de,
// es, it, ru, fa, ar and ur are translated; any other language gets English.
std::string_view label(Label label, std::string_view lang);

// True when `lang` has its own translations (not the English fallback).
bool has_translations(std::string_view lang);

// "A", "A and B", "A, B and C" with the language's "and".
std::string join_names(const std::vector<std::string>& names, std::string_view lang);

// An ISO date ("2024-03-12", "2024-03", "2024", or a date-time whose date
// part is one of those) as the language writes it: "12 March 2024",
// "12 mars 2024", "12. März 2024", "۱۲ مارس ۲۰۲۴". Anything else is
// returned as written.
std::string format_date(std::string_view iso, std::string_view lang);

// The date part of an ISO date ("2024-03-12" of "2024-03-12T10:00Z") when
// `iso` is one (for <time datetime>), else empty.
std::string iso_date_part(std::string_view iso);

// ASCII digits in `text` written with the language's own digits: Persian
// and Urdu use Extended Arabic-Indic digits, Arabic its Arabic-Indic ones;
// other languages keep them.
std::string localise_digits(std::string_view text, std::string_view lang);

} // namespace galley::write
