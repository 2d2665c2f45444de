#include "write/labels.hpp"

#include "util/text.hpp"

#include <array>
#include <cstddef>

namespace galley::write {

namespace {

// The languages of the table's columns, in order.
constexpr std::array<std::string_view, 9> languages = {"en", "fr", "de", "es", "it",
                                                       "ru", "fa", "ar", "ur"};

using Row = std::array<std::string_view, languages.size()>;

// One row per Label, in the enum's order.
constexpr std::array<Row, 18> table = {{
    // Contents
    {"Contents", "Table des mati\u00E8res", "Inhalt", "\u00CDndice", "Indice",
     "\u0421\u043E\u0434\u0435\u0440\u0436\u0430\u043D\u0438\u0435", "\u0641\u0647\u0631\u0633\u062A",
     "\u0627\u0644\u0645\u062D\u062A\u0648\u064A\u0627\u062A", "\u0641\u06C1\u0631\u0633\u062A"},
    // Credits
    {"Credits", "Cr\u00E9dits", "Nachweise", "Cr\u00E9ditos", "Crediti",
     "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438",
     "\u0627\u0639\u062A\u0628\u0627\u0631\u0647\u0627",
     "\u0627\u0644\u0627\u0639\u062A\u0645\u0627\u062F\u0627\u062A",
     "\u06A9\u0631\u06CC\u0688\u0679\u0633"},
    // Cover
    {"Cover", "Couverture", "Umschlag", "Cubierta", "Copertina",
     "\u041E\u0431\u043B\u043E\u0436\u043A\u0430", "\u062C\u0644\u062F",
     "\u0627\u0644\u063A\u0644\u0627\u0641", "\u0633\u0631\u0648\u0631\u0642"},
    // TitlePage
    {"Title page", "Page de titre", "Titelseite", "Portada", "Frontespizio",
     "\u0422\u0438\u0442\u0443\u043B\u044C\u043D\u044B\u0439 \u043B\u0438\u0441\u0442",
     "\u0635\u0641\u062D\u0647\u0654 \u0639\u0646\u0648\u0627\u0646",
     "\u0635\u0641\u062D\u0629 \u0627\u0644\u0639\u0646\u0648\u0627\u0646",
     "\u0635\u0641\u062D\u06C1\u0654 \u0639\u0646\u0648\u0627\u0646"},
    // Landmarks
    {"Landmarks", "Rep\u00E8res", "Orientierungspunkte", "Puntos de referencia",
     "Punti di riferimento", "\u041E\u0440\u0438\u0435\u043D\u0442\u0438\u0440\u044B",
     "\u0646\u0634\u0627\u0646\u0647\u200C\u0647\u0627", "\u0627\u0644\u0645\u0639\u0627\u0644\u0645",
     "\u0646\u0634\u0627\u0646\u0627\u062A"},
    // StartOfContent
    {"Start of content", "D\u00E9but du contenu", "Beginn des Inhalts", "Inicio del contenido",
     "Inizio del contenuto",
     "\u041D\u0430\u0447\u0430\u043B\u043E \u0442\u0435\u043A\u0441\u0442\u0430",
     "\u0622\u063A\u0627\u0632 \u0645\u062A\u0646",
     "\u0628\u062F\u0627\u064A\u0629 \u0627\u0644\u0645\u062D\u062A\u0648\u0649",
     "\u0645\u062A\u0646 \u06A9\u0627 \u0622\u063A\u0627\u0632"},
    // Image
    {"Image", "Image", "Bild", "Imagen", "Immagine",
     "\u0418\u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u0438\u0435",
     "\u062A\u0635\u0648\u06CC\u0631", "\u0635\u0648\u0631\u0629", "\u062A\u0635\u0648\u06CC\u0631"},
    // LeadImageOf
    {"Lead image of", "Image d\u2019ouverture de", "Aufmacherbild zu", "Imagen principal de",
     "Immagine di apertura di",
     "\u0417\u0430\u0433\u043B\u0430\u0432\u043D\u043E\u0435 "
     "\u0438\u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u0438\u0435 \u043A",
     "\u062A\u0635\u0648\u06CC\u0631 \u0627\u0635\u0644\u06CC",
     "\u0627\u0644\u0635\u0648\u0631\u0629 \u0627\u0644\u0631\u0626\u064A\u0633\u064A\u0629 \u0644\u0640",
     "\u0645\u0631\u06A9\u0632\u06CC \u062A\u0635\u0648\u06CC\u0631"},
    // ImageIn
    {"Image in", "Image dans", "Bild in", "Imagen en", "Immagine in",
     "\u0418\u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u0438\u0435 \u0432",
     "\u062A\u0635\u0648\u06CC\u0631\u06CC \u062F\u0631", "\u0635\u0648\u0631\u0629 \u0641\u064A",
     "\u062A\u0635\u0648\u06CC\u0631 \u0645\u06CC\u06BA"},
    // NotIncluded
    {"not included", "non reproduite", "nicht abgedruckt", "no incluida", "non inclusa",
     "\u043D\u0435 \u0432\u043A\u043B\u044E\u0447\u0435\u043D\u043E",
     "\u062F\u0631 \u06A9\u062A\u0627\u0628 \u0646\u06CC\u0627\u0645\u062F\u0647",
     "\u063A\u064A\u0631 \u0645\u0636\u0645\u0651\u0646\u0629",
     "\u0634\u0627\u0645\u0644 \u0646\u06C1\u06CC\u06BA"},
    // By
    {"By", "Par", "Von", "Por", "Di", "\u0410\u0432\u0442\u043E\u0440:",
     "\u0646\u0648\u0634\u062A\u0647\u0654", "\u0628\u0642\u0644\u0645", "\u0627\u0632"},
    // And
    {"and", "et", "und", "y", "e", "\u0438", "\u0648", "\u0648", "\u0627\u0648\u0631"},
    // CreditBy
    {" by ", " par ", " von ", " por ", " di ", ", \u0430\u0432\u0442\u043E\u0440 ",
     " \u0627\u062B\u0631 ", " \u0628\u0648\u0627\u0633\u0637\u0629 ", " \u0627\u0632 "},
    // CreditVia
    {" via ", " via ", " \u00FCber ", " v\u00EDa ", " tramite ", ", \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A ",
     " \u0627\u0632 \u0637\u0631\u06CC\u0642 ", " \u0639\u0628\u0631 ", " \u0628\u0630\u0631\u06CC\u0639\u06C1 "},
    // EditedBy
    {"Edited by", "Sous la direction de", "Herausgegeben von", "Edici\u00F3n de", "A cura di",
     "\u041F\u043E\u0434 \u0440\u0435\u0434\u0430\u043A\u0446\u0438\u0435\u0439",
     "\u0648\u06CC\u0631\u0627\u0633\u062A\u0647\u0654", "\u062A\u062D\u0631\u064A\u0631",
     "\u0645\u0631\u062A\u0628:"},
    // TranslatedBy
    {"Translated by", "Traduit par", "\u00DCbersetzt von", "Traducci\u00F3n de", "Traduzione di",
     "\u041F\u0435\u0440\u0435\u0432\u043E\u0434:", "\u062A\u0631\u062C\u0645\u0647\u0654",
     "\u062A\u0631\u062C\u0645\u0629", "\u062A\u0631\u062C\u0645\u06C1:"},
    // IllustratedBy
    {"Illustrated by", "Illustr\u00E9 par", "Illustriert von", "Ilustraciones de",
     "Illustrazioni di",
     "\u0418\u043B\u043B\u044E\u0441\u0442\u0440\u0430\u0446\u0438\u0438:",
     "\u062A\u0635\u0648\u06CC\u0631\u06AF\u0631:", "\u0631\u0633\u0648\u0645",
     "\u0645\u0635\u0648\u0631:"},
    // FirstPublishedBy
    {"First published by", "Publi\u00E9 d\u2019abord par", "Zuerst erschienen bei",
     "Publicado originalmente por", "Pubblicato originariamente da",
     "\u0412\u043F\u0435\u0440\u0432\u044B\u0435 "
     "\u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u043E:",
     "\u0646\u062E\u0633\u062A\u06CC\u0646 \u0628\u0627\u0631 \u062F\u0631",
     "\u0646\u064F\u0634\u0631 \u0623\u0648\u0644\u064B\u0627 \u0641\u064A",
     "\u067E\u06C1\u0644\u06CC \u0628\u0627\u0631 \u0634\u0627\u0626\u0639:"},
}};

// Month names as a date writes them (genitive where the language needs it).
constexpr std::array<std::array<std::string_view, 12>, languages.size()> months = {{
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"janvier", "f\u00E9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00FBt",
     "septembre", "octobre", "novembre", "d\u00E9cembre"},
    {"Januar", "Februar", "M\u00E4rz", "April", "Mai", "Juni", "Juli", "August", "September",
     "Oktober", "November", "Dezember"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"},
    {"\u044F\u043D\u0432\u0430\u0440\u044F", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F",
     "\u043C\u0430\u0440\u0442\u0430", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u043C\u0430\u044F",
     "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043B\u044F", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430",
     "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F",
     "\u043D\u043E\u044F\u0431\u0440\u044F", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F"},
    {"\u0698\u0627\u0646\u0648\u06CC\u0647", "\u0641\u0648\u0631\u06CC\u0647", "\u0645\u0627\u0631\u0633",
     "\u0622\u0648\u0631\u06CC\u0644", "\u0645\u0647", "\u0698\u0648\u0626\u0646",
     "\u0698\u0648\u0626\u06CC\u0647", "\u0627\u0648\u062A", "\u0633\u067E\u062A\u0627\u0645\u0628\u0631",
     "\u0627\u06A9\u062A\u0628\u0631", "\u0646\u0648\u0627\u0645\u0628\u0631", "\u062F\u0633\u0627\u0645\u0628\u0631"},
    {"\u064A\u0646\u0627\u064A\u0631", "\u0641\u0628\u0631\u0627\u064A\u0631", "\u0645\u0627\u0631\u0633",
     "\u0623\u0628\u0631\u064A\u0644", "\u0645\u0627\u064A\u0648", "\u064A\u0648\u0646\u064A\u0648",
     "\u064A\u0648\u0644\u064A\u0648", "\u0623\u063A\u0633\u0637\u0633", "\u0633\u0628\u062A\u0645\u0628\u0631",
     "\u0623\u0643\u062A\u0648\u0628\u0631", "\u0646\u0648\u0641\u0645\u0628\u0631", "\u062F\u064A\u0633\u0645\u0628\u0631"},
    {"\u062C\u0646\u0648\u0631\u06CC", "\u0641\u0631\u0648\u0631\u06CC", "\u0645\u0627\u0631\u0686",
     "\u0627\u067E\u0631\u06CC\u0644", "\u0645\u0626\u06CC", "\u062C\u0648\u0646",
     "\u062C\u0648\u0644\u0627\u0626\u06CC", "\u0627\u06AF\u0633\u062A", "\u0633\u062A\u0645\u0628\u0631",
     "\u0627\u06A9\u062A\u0648\u0628\u0631", "\u0646\u0648\u0645\u0628\u0631", "\u062F\u0633\u0645\u0628\u0631"},
}};

// The column of `lang`, or npos when it has none.
std::size_t column(std::string_view lang) {
    const std::string primary = util::to_lower_ascii(lang.substr(0, lang.find_first_of("-_")));
    for (std::size_t i = 0; i < languages.size(); ++i)
        if (primary == languages[i]) return i;
    return std::string_view::npos;
}

std::size_t column_or_english(std::string_view lang) {
    const std::size_t c = column(lang);
    return c == std::string_view::npos ? 0 : c;
}

bool digits(std::string_view s, std::size_t n) {
    if (s.size() != n) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int n = 0;
    for (const char c : s)
        n = n * 10 + (c - '0');
    return n;
}

} // namespace

std::string_view label(Label l, std::string_view lang) {
    return table.at(static_cast<std::size_t>(l))[column_or_english(lang)];
}

bool has_translations(std::string_view lang) {
    return column(lang) != std::string_view::npos;
}

std::string join_names(const std::vector<std::string>& names, std::string_view lang) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            if (i + 1 < names.size()) {
                const std::size_t col = column(lang);
                out += col == 6 || col == 7 || col == 8 ? "\u060C " : ", "; // Arabic comma
            } else {
                out += ' ';
                out += label(Label::And, lang);
                out += ' ';
            }
        }
        out += names[i];
    }
    return out;
}

std::string iso_date_part(std::string_view iso) {
    iso = util::trim(iso);
    const std::string_view date = iso.substr(0, iso.find('T'));
    if (digits(date, 4)) return std::string(date);
    if (date.size() == 7 && digits(date.substr(0, 4), 4) && date[4] == '-' &&
        digits(date.substr(5), 2)) {
        const int m = number(date.substr(5));
        return m >= 1 && m <= 12 ? std::string(date) : std::string();
    }
    if (date.size() == 10 && digits(date.substr(0, 4), 4) && date[4] == '-' &&
        digits(date.substr(5, 2), 2) && date[7] == '-' && digits(date.substr(8), 2)) {
        const int m = number(date.substr(5, 2));
        const int d = number(date.substr(8));
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? std::string(date) : std::string();
    }
    return {};
}

std::string format_date(std::string_view iso, std::string_view lang) {
    const std::string date = iso_date_part(iso);
    if (date.empty()) return std::string(util::trim(iso));
    const std::size_t col = column_or_english(lang);
    const std::string year = date.substr(0, 4);
    if (date.size() == 4) return localise_digits(year, lang);
    const std::string month(months[col][static_cast<std::size_t>(number(date.substr(5, 2)) - 1)]);
    std::string out;
    if (date.size() == 7) {
        out = (col == 3 ? month + " de " : month + " ") + year;
    } else {
        const std::string day = std::to_string(number(date.substr(8)));
        if (col == 2)
            out = day + ". " + month + " " + year; // 12. März 2024
        else if (col == 3)
            out = day + " de " + month + " de " + year; // 12 de marzo de 2024
        else
            out = day + " " + month + " " + year;
    }
    return localise_digits(out, lang);
}

std::string localise_digits(std::string_view text, std::string_view lang) {
    const std::size_t col = column(lang);
    const char* zero = nullptr;
    if (col == 6 || col == 8) zero = "\u06F0"; // Extended Arabic-Indic
    if (col == 7) zero = "\u0660";             // Arabic-Indic
    if (!zero) return std::string(text);
    std::string out;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            out += c;
            continue;
        }
        // U+0660 and U+06F0 are two bytes in UTF-8, their digits in a row.
        out += zero[0];
        out += static_cast<char>(zero[1] + (c - '0'));
    }
    return out;
}

} // namespace galley::write
