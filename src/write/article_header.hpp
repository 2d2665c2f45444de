#pragma once
// What each article says about itself at its top, in both back ends: its
// title, a standfirst, a byline, its date as its language writes it and
// where it was first published. The same words name people on the title
// page ("Edited by", "Translated by").

#include "model/article.hpp"
#include "write/markup_sink.hpp"
#include "write/xhtml.hpp"

#include <string>
#include <utility>
#include <vector>

namespace galley::write {

// Emits `<header class="article-header">` holding the `h1` title, then, when
// known: `p.standfirst` (the subtitle, else the description), `p.byline`
// ("By A and B"; other roles on lines of their own: "Translated by C"),
// `p.dateline` with a `<time datetime>` when the date is ISO, and
// `p.origin` ("First published by <a href=url>Source</a>"). The byline is
// a paragraph, never a heading. Labels and dates follow `options.lang`.
void render_article_header(const model::Article& article, MarkupSink& out,
                           const RenderOptions& options);

// People as lines of text, grouped by role (authors first, then the other
// roles in order of first appearance): authors (role empty or "aut") as "A and B" (prefixed with "By" when
// `by_line`), editors as "Edited by …", translators as "Translated by …",
// illustrators as "Illustrated by …", anyone else by name alone. Each with a
// class name: "author", "editor", "translator", "illustrator", "contributor".
std::vector<std::pair<std::string, std::string>>
people_lines(const std::vector<model::Person>& people, std::string_view lang, bool by_line);

// "First published by" + source: the source's name, or the URL's host when
// there is no name; empty when the article has neither.
std::string origin_name(const model::Article& article);

} // namespace galley::write
