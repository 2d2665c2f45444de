#pragma once
// Internal to the Markdown reader: cmark-gfm's tree read into the model,
// through MarkdownBuilder, freeing the tree as it goes.

#include "read/markdown/markdown_builder.hpp"

#include <cmark-gfm.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace galley::read::md {

using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

// Named character references in raw HTML, decoded with cmark's own table
// (the HTML5 list) by parsing "&name;" on its own. Memoised per article.
class NamedReferences {
  public:
    std::string operator()(std::string_view name);

  private:
    std::map<std::string, std::string> cache_;
};

// ---------------------------------------------------------------------------
// Footnote definitions
//
// cmark-gfm drops a definition nothing refers to, and the author would lose
// it silently. So the text gets one more paragraph after its last line that
// refers to every label a definition line names; the walk skips that
// paragraph, and numbering (transform/notes) then sees the note unreferenced,
// shows it and says so.

struct Sentinel {
    std::string text;  // the paragraph appended, "" when there are no definitions
    int after_line = 0; // the source's last line: anything starting later is the sentinel's
};

// Appends the sentinel paragraph to `body` (when it has definitions).
Sentinel add_sentinel(std::string& body);

// Reads the tree under `root` into `b`, skipping the sentinel's paragraph,
// and frees it as it goes: `root` is left with no children.
void walk(cmark_node* root, MarkdownBuilder& b, const Sentinel& sentinel);

} // namespace galley::read::md
