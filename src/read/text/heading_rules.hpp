#pragma once
// Which lines of plain text are section headings. Every rule looks at one
// line (already trimmed and space-collapsed); callers decide that the line
// stands alone between blank lines.

#include <string_view>

namespace galley::read::text {

// `## Section` (text copied from Markdown): the number of '#' (1 to 6),
// or 0 when the line is not one. `rest` receives the text after them.
int atx_heading_level(std::string_view line, std::string_view& rest);

// `Chapter 3`, `CHAPTER IV.`, `Part One: The War`, `Prologue`, `Epilogue`.
bool is_chapter_heading(std::string_view line);

// A short line (at most 12 words) with letters, none of them lower case:
// `THE DEATH COMMISSIONS`.
bool is_all_caps_heading(std::string_view line);

// A short line (at most 12 words, 100 characters) that does not end like a
// sentence (. ! ? : ; , …) or with a dash, starts with a capital, a digit or a quote, is
// not one sentence followed by another, does not start with a number and a
// full stop (`1988. ...`), is not a byline (`By ...`), a date (`August 5,
// 2020`) or a `Politics | 5 min read` line, and does not end with a
// function word (`write to`).
// Becomes a heading only when body text follows (see looks_like_body).
bool is_heading_candidate(std::string_view line);

// Body text: ends like a sentence or has more than 12 words.
bool looks_like_body(std::string_view paragraph);

// Ends with . ! ? : ; or … (closing quotes and brackets skipped).
bool ends_like_sentence(std::string_view text);

// Ends with a word that cannot end a sentence (to, the, of, and, please...).
bool ends_with_function_word(std::string_view text);

} // namespace galley::read::text
