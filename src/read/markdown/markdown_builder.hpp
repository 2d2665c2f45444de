#pragma once
// Builds an article's blocks from a stream of Markdown parse events, and maps
// raw HTML onto the model. Knows nothing of cmark: the Markdown reader walks
// cmark's tree and calls this, so the library stays in one file.

#include "model/article.hpp"
#include "model/block.hpp"
#include "model/diagnostic.hpp"
#include "read/html_subset.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::read {

class MarkdownBuilder {
  public:
    // `named_reference` decodes an HTML character reference name ("eacute")
    // for raw HTML, or returns "" when it is unknown.
    MarkdownBuilder(std::string path, model::Diagnostics& diags,
                    std::function<std::string(std::string_view)> named_reference);
    ~MarkdownBuilder();
    MarkdownBuilder(const MarkdownBuilder&) = delete;
    MarkdownBuilder& operator=(const MarkdownBuilder&) = delete;

    // Opens a block for parse node `node` (closed by close(node)) and returns
    // it for its settings; when nesting is too deep the node is flattened into
    // its container and a scratch block is returned.
    model::Block& open_block(const void* node, model::Block::Kind kind, int line);
    // Emphasis and the like; links and images have their own entry points.
    void open_span(const void* node, model::Inline::Kind kind, int line);
    void open_link(const void* node, std::string url, int line);
    // The image's children are its alt text.
    void open_image(const void* node, std::string src, int line);
    // Closes the block or inline of `node`, and any raw-HTML element still
    // open inside it.
    void close(const void* node);

    void add_block(model::Block b);
    void add_inline(model::Inline in);

    // A note's definition (closed by close(node)): the blocks read until then
    // become a model::Note with `label`, not part of the body.
    void open_note(const void* node, std::string label, int line);
    // A reference to the note labelled `label`.
    void add_note_ref(std::string label, int line);

    // Raw HTML: an HTML block, or one inline HTML construct (a tag, comment,
    // ...). Inline start and end tags pair up across calls.
    void html_block(std::string_view html, int line);
    void html_inline(std::string_view html, int line);

    // The blocks read; closes whatever is still open.
    model::Blocks finish();
    // The notes read, in the order their definitions came (after finish()).
    std::vector<model::Note> take_notes() { return std::move(notes_); }

  private:
    // How an inline frame joins its parent when it closes.
    enum class Close { Wrap, Splice, Image, CodeText };
    struct Frame {
        const void* node = nullptr; // the parse node that opened it; nullptr: raw HTML
        bool is_block = true;
        model::Block block;
        model::Inline inl;
        std::string tag; // the HTML element that opened it
        Close close = Close::Wrap;
        bool caption = false; // <figcaption>: its inlines become the figure's caption
        bool note = false;    // a note's definition: its children become a Note
        std::string label;    // the note's label
        int line = 0;
    };
    // Raw HTML soup can produce a warning per tag; past this many per
    // article the rest are counted in one summary line.
    static constexpr int max_html_reports = 50;

    static bool is_leaf(model::Block::Kind k);

    void push(Frame f);
    void pop();
    bool too_deep(int line);
    bool in_link() const;
    bool skipping() const { return !skip_tag_.empty(); }
    void end_skip(bool closed, int line);

    void token(const html::Token& t, int line, bool block_context);
    void start_tag(const html::Token& t, int line, bool block_context);
    void end_tag(const html::Token& t, int line, bool block_context);
    void block_text(std::string_view raw, int line);
    void literal_text(std::string text, int line, bool block_context);
    void ensure_leaf(int line);
    void end_leaf();
    void flush_pre();
    std::string decode(std::string_view s) const;
    model::Inline image_inline(const std::string& src, const std::string& alt, int line);
    static std::string local_path(std::string_view url);
    void report(int line, std::string message);

    std::string path_;
    model::Diagnostics& diags_;
    std::function<std::string(std::string_view)> named_reference_;
    std::vector<Frame> stack_;
    model::Block scratch_;
    bool warned_depth_ = false;
    // Content of a dropped element (<script>...) being skipped.
    std::string skip_tag_;
    std::size_t skip_level_ = 0;
    // <pre> in an HTML block: its text, collected verbatim.
    bool in_pre_ = false;
    std::string pre_tag_, pre_text_;
    int pre_line_ = 0;
    int reported_ = 0;
    std::vector<model::Note> notes_;
};

} // namespace galley::read
