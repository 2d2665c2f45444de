#pragma once
// A byline as a page writes it ("By Jane Doe and John Roe | May 20, 2019")
// to the names it gives.

#include <string>
#include <string_view>
#include <vector>

namespace galley::read::html {

// The names in a byline: "By Jane Doe and John Roe" -> {"Jane Doe", "John
// Roe"}. Never "By" alone or "Staff"; a label ("Author: Jane Doe") goes, a
// date or "|" tail is cut ("Jane Doe May 20, 2019", "Jane Doe22 Dec 2016"),
// and a byline that is only a label or a date ("Last updated: January 7")
// gives nothing. Names are split at " and ", " & " and ";", and at ", " only
// when every part has two words or more ("Jane Doe, MA" is one name).
std::vector<std::string> names_from_byline(std::string_view byline);

} // namespace galley::read::html
