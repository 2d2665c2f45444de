#pragma once
// Credit lines in scraped articles: "Image credit: Philafrenzy via Wikimedia
// CommonsCC BY-SA 4.0." to a credit record.

#include "model/credit.hpp"

#include <optional>
#include <string_view>

namespace galley::read {

// Parses one paragraph as a credit line, or returns nothing when it is not
// one. Recognised starts (any ASCII case, the colon with or without spaces
// before it, as French writes "Photo : X"):
//   en: "Image credit(s):", "Photo credit(s):", "Picture credit:",
//       "Credit(s):", "Photo(s):", "Photograph(s):", "Featured/Header/Lead/
//       Top/Cover image:", "Photo by", "Image by", "Photograph(ed) by",
//       "Illustration by";
//   fr: "Crédit(s) (photo):", "Photographie:"; de: "Foto(s):",
//       "Bildnachweis:", "Fotonachweis:"; es: "Fotografía(s):",
//       "Crédito(s):"; fa: "عکس:", "عکاس:", "اعتبار عکس:";
// and, only with "via", a licence, a known source or a name after them
// (otherwise they are captions): "Image:", "Picture:", "Illustration(s):",
// "Bild:", "Grafik:", "Imagen:", "Ilustración:", "تصویر:", "Photo de",
// "Foto von", "Foto de", "Fotografía de". At most 300 bytes.
// The rest splits into creator, source ("X via Y", "X / Agency", "X/Reuters",
// "X on Unsplash") and licence (read/licences.hpp, which finds "CC BY-SA
// 4.0" even glued to the word before). `raw` keeps the paragraph; `subject`
// is "lead image".
std::optional<model::Credit> parse_credit_line(std::string_view paragraph, model::SourcePos pos);

// True when the paragraph starts like a credit line (any of the starts
// above, the evidence ones included) with something after it: such a line
// is never a heading, whether or not it parses as a credit.
bool looks_like_credit_line(std::string_view paragraph);

// A credit written without a prefix, as front matter gives it ("Jane Doe /
// Reuters, CC BY 4.0"); a line with a prefix is read as parse_credit_line
// reads it. Nothing when no creator, source or licence is found.
std::optional<model::Credit> parse_credit_text(std::string_view text, model::SourcePos pos);

} // namespace galley::read
