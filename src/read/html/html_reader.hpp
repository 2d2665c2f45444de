#pragma once
// The HTML reader: a saved web page to an article. Parses the page
// (html_parser), reads its metadata (page_metadata), finds the article in
// it (extract) and maps that onto the model (page_mapper). Reads no file but
// the page (it only checks that an image beside the page exists) and
// fetches nothing.

#include "model/article.hpp"
#include "model/diagnostic.hpp"
#include "read/html/extract.hpp"
#include "read/source_text.hpp"

#include <string>
#include <vector>

namespace galley::read {

// What extraction decided, for --inspect.
struct HtmlReport {
    std::string container; // "div#story (line 120)"
    std::string rule;      // why it was chosen
    std::string title_rule, authors_rule, date_rule;
    std::vector<html::DroppedBlock> dropped;
};

// Reads a page decoded by html::decode_page. The article gets the page's
// title, authors, date, description, site (source_name), canonical URL and
// language; a figure before the text with a local image becomes the lead
// image. Local images ("page_files/x.jpg" beside the page) stay Image
// inlines with paths relative to the page; remote ones become links, with a
// warning. Never throws for any bytes; a page with no text left is a warning.
model::Article read_html(const SourceText& src, model::Diagnostics& diags,
                         HtmlReport* report = nullptr);

} // namespace galley::read
