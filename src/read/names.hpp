#pragma once
// Does a run of words look like a person's or an organisation's name? Shared
// by the credit-line and byline recognisers, which must tell "Image: Jane
// Doe" (a credit) from "Image: protesters in front of the court" (a caption),
// and "By Maria Okafor" (a byline) from "By the time we arrived" (a sentence).

#include <string_view>

namespace galley::read {

// True when `s` is one to `max_words` words, each starting with a capital
// (Latin, Greek, Cyrillic: any cased letter) or with a letter of a script
// without case (Arabic, Persian, CJK...), allowing lower-case name particles
// in between ("van", "de", "bin", "al-"...), initials ("J. R.") and
// hyphenated parts. No digits, no sentence punctuation inside (".", "!",
// "?", ";", ":") save an initial's full stop. Scripts without case give no
// capitals to go by, so they may have at most 3 words.
bool looks_like_name(std::string_view s, int max_words = 5);

} // namespace galley::read
