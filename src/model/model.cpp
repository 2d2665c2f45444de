#include "model/article.hpp"
#include "model/block.hpp"
#include "model/book.hpp"
#include "model/credit.hpp"
#include "model/diagnostic.hpp"
#include "model/inline.hpp"

namespace galley::model {

namespace {

void append_plain(const Inlines& inlines, std::string& out) {
    for (const Inline& in : inlines) {
        switch (in.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Code:
            out += in.text;
            break;
        case Inline::Kind::LineBreak:
            out += ' ';
            break;
        default:
            append_plain(in.children, out);
            break;
        }
    }
}

std::string format_pos(const SourcePos& pos) {
    if (pos.file.empty()) return "galley";
    return pos.line > 0 ? pos.file + ":" + std::to_string(pos.line) : pos.file.str();
}

} // namespace

std::string plain_text(const Inlines& inlines) {
    std::string out;
    append_plain(inlines, out);
    return out;
}

namespace {

// Calls on_block for every block and on_inline for every inline in
// `blocks`, at any depth, iteratively (models may nest deep); in no
// particular order.
template <class OnBlock, class OnInline>
void walk(const Blocks& blocks, OnBlock&& on_block, OnInline&& on_inline) {
    std::vector<const Inlines*> runs;
    std::vector<const Blocks*> todo{&blocks};
    while (!todo.empty()) {
        const Blocks* list = todo.back();
        todo.pop_back();
        for (const Block& b : *list) {
            on_block(b);
            runs.push_back(&b.inlines);
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
    while (!runs.empty()) {
        const Inlines* run = runs.back();
        runs.pop_back();
        for (const Inline& in : *run) {
            on_inline(in);
            if (!in.children.empty()) runs.push_back(&in.children);
        }
    }
}

} // namespace

ContentSize content_size(const Blocks& blocks) {
    ContentSize size;
    walk(
        blocks,
        [&size](const Block& b) {
            size.bytes += b.text.size();
            ++size.nodes;
        },
        [&size](const Inline& in) {
            size.bytes += in.text.size() + in.url.size();
            ++size.nodes;
        });
    return size;
}

std::vector<const Inline*> images_in(const Blocks& blocks) {
    std::vector<const Inline*> found;
    walk(
        blocks, [](const Block&) {},
        [&found](const Inline& in) {
            if (in.kind == Inline::Kind::Image) found.push_back(&in);
        });
    return found;
}

std::string note_ref_id(const std::string& note_id, int k) {
    return note_id + (k == 1 ? "-ref" : "-ref-" + std::to_string(k));
}

std::vector<const Inline*> images_in(const Article& article) {
    std::vector<const Inline*> found = images_in(article.blocks);
    for (const Note& n : article.notes) {
        const std::vector<const Inline*> more = images_in(n.blocks);
        found.insert(found.end(), more.begin(), more.end());
    }
    return found;
}

Block make_paragraph(Inlines inlines, SourcePos pos) {
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.inlines = std::move(inlines);
    b.pos = std::move(pos);
    return b;
}

Block make_heading(int level, Inlines inlines, SourcePos pos) {
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.inlines = std::move(inlines);
    b.pos = std::move(pos);
    return b;
}

Inlines attribution(const Credit& c, std::string_view by, std::string_view via) {
    Inlines out;
    auto linked = [&](Inlines kids, const std::string& url) {
        if (url.empty()) {
            out.insert(out.end(), kids.begin(), kids.end());
        } else {
            out.push_back(Inline::make_link(url, std::move(kids)));
        }
    };
    auto text = [&](std::string s) { out.push_back(Inline::make_text(std::move(s))); };
    // A credit known only as a line of text: the line as written, with a
    // link to the licence deed when one was recognised in it.
    const bool has_parts = !c.title.empty() || !c.creator.empty() || !c.source.empty() ||
                           !c.source_url.empty();
    if (!has_parts && !c.raw.empty()) {
        if (c.licence.url.empty() || c.licence.name.empty()) {
            text(c.raw);
            return out;
        }
        // The licence is linked where the line names it, never repeated.
        const std::size_t at = c.raw.find(c.licence.name);
        if (at == std::string::npos) {
            text(c.raw + " (");
            linked({Inline::make_text(c.licence.name)}, c.licence.url);
            text(")");
            return out;
        }
        if (at > 0) text(c.raw.substr(0, at));
        linked({Inline::make_text(c.licence.name)}, c.licence.url);
        if (at + c.licence.name.size() < c.raw.size())
            text(c.raw.substr(at + c.licence.name.size()));
        return out;
    }
    if (!c.title.empty())
        linked({Inline::make_span(Inline::Kind::Cite, {Inline::make_text(c.title)})}, "");
    if (!c.creator.empty()) {
        if (!out.empty()) text(std::string(by));
        linked({Inline::make_text(c.creator)}, c.creator_url);
    }
    if (!c.source.empty()) {
        if (!out.empty()) text(std::string(via));
        linked({Inline::make_text(c.source)}, c.source_url);
    } else if (!c.source_url.empty()) {
        if (!out.empty()) text(std::string(via));
        linked({Inline::make_text(c.source_url)}, c.source_url);
    }
    if (!c.licence.empty()) {
        if (!out.empty()) text(", ");
        const bool unknown = c.licence.name == "unknown";
        linked({Inline::make_text(unknown ? "licence unknown" : c.licence.name)}, c.licence.url);
    }
    if (!c.note.empty()) {
        if (!out.empty()) text(", ");
        text(c.note);
    }
    return out;
}

bool requires_attribution(const Licence& l) {
    return l.name.rfind("CC BY", 0) == 0;
}

const std::string& article_lang(const Book& book, const Article& a) {
    static const std::string fallback = "en";
    if (!a.lang.empty()) return a.lang;
    if (!book.meta.lang.empty()) return book.meta.lang;
    return fallback;
}

std::string Diagnostic::format() const {
    return format_pos(pos) + (severity == Severity::Warning ? ": warning: " : ": note: ") + message;
}

void Diagnostics::warn(SourcePos pos, std::string message) {
    items_.push_back({Diagnostic::Severity::Warning, std::move(pos), std::move(message)});
}

void Diagnostics::note(SourcePos pos, std::string message) {
    items_.push_back({Diagnostic::Severity::Note, std::move(pos), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::warning_count() const {
    std::size_t n = 0;
    for (const auto& d : items_)
        n += d.severity == Diagnostic::Severity::Warning;
    return n;
}

Error::Error(const SourcePos& pos, const std::string& message)
    : std::runtime_error(format_pos(pos) + ": error: " + message) {}

Error::Error(const std::string& context, const Error& inner)
    : std::runtime_error(context + ": " + inner.what()) {}

} // namespace galley::model
