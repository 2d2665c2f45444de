// Runs the example files in tests/examples/ (the cmark spec format): each
// example is plain-text input, a line with ".", and the expected structure.
// The input goes through the plain-text reader and the typography transform;
// the article is printed one block per line and compared with the expected
// text. On a mismatch Catch prints both, with the example's file and line.
//
// The fence line may carry options: `lang=fr` (the book's language),
// `strip=PATTERN` (a strip pattern, no spaces; repeatable), `dashes=en`.

#include "model/book.hpp"
#include "read/text/text_reader.hpp"
#include "transform/typography.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace galley;
using model::Block;

namespace {

namespace fs = std::filesystem;

const std::string fence(32, '`');

struct Example {
    std::string file;
    int line = 0;
    std::string name;
    std::string lang = "en";
    std::vector<std::string> strip;
    bool en_dashes = false;
    std::string input;
    std::string expected;
};

std::vector<Example> load(const fs::path& path) {
    std::ifstream in(path);
    std::vector<Example> out;
    std::string line, heading;
    int no = 0;
    enum { Outside, Input, Expected } state = Outside;
    Example ex;
    while (std::getline(in, line)) {
        ++no;
        if (state == Outside) {
            if (line.rfind(fence + " example", 0) == 0) {
                ex = Example{};
                ex.file = path.filename().string();
                ex.line = no;
                ex.name = heading;
                std::istringstream opts(line.substr(fence.size() + 8));
                for (std::string opt; opts >> opt;) {
                    if (opt.rfind("lang=", 0) == 0) ex.lang = opt.substr(5);
                    if (opt.rfind("strip=", 0) == 0) ex.strip.push_back(opt.substr(6));
                    if (opt == "dashes=en") ex.en_dashes = true;
                }
                state = Input;
            } else if (!line.empty()) {
                heading = line;
            }
        } else if (state == Input) {
            if (line == ".")
                state = Expected;
            else
                ex.input += line + "\n";
        } else {
            if (line == fence) {
                out.push_back(ex);
                state = Outside;
            } else {
                ex.expected += line + "\n";
            }
        }
    }
    return out;
}

// The text, a note reference shown as [^label]; with `emphasis`, emphasis
// shown as <em>...</em> (paragraphs and lines; list items show plain text).
std::string shown(const model::Inlines& inlines, bool emphasis = true) {
    std::string out;
    for (const model::Inline& in : inlines) {
        if (emphasis && in.kind == model::Inline::Kind::Emphasis)
            out += "<em>" + shown(in.children, emphasis) + "</em>";
        else if (in.kind == model::Inline::Kind::NoteRef)
            out += "[^" + in.text + "]";
        else if (in.children.empty())
            out += model::plain_text({in});
        else
            out += shown(in.children, emphasis);
    }
    return out;
}

void print_blocks(const model::Blocks& blocks, const std::string& indent, std::string& out) {
    for (const Block& b : blocks) {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            out += indent + "p" + (b.role.empty() ? "" : " [" + b.role + "]") + ": " +
                   shown(b.inlines) + "\n";
            break;
        case Block::Kind::LineBlock:
            out += indent + "lines" + (b.role.empty() ? "" : " " + b.role) + "\n";
            for (const Block& line : b.children)
                out += indent + "  | " + shown(line.inlines) + "\n";
            break;
        case Block::Kind::Heading:
            out +=
                indent + "h" + std::to_string(b.level) + ": " + model::plain_text(b.inlines) + "\n";
            break;
        case Block::Kind::List:
            out += indent + (b.ordered ? "ol start=" + std::to_string(b.start) : "ul") +
                   (b.tight ? " tight" : "") + "\n";
            for (const Block& item : b.children) {
                if (item.children.size() == 1 && item.children[0].kind == Block::Kind::Paragraph)
                    out += indent + "  li: " + shown(item.children[0].inlines, false) + "\n";
                else {
                    out += indent + "  li\n";
                    print_blocks(item.children, indent + "    ", out);
                }
            }
            break;
        case Block::Kind::BlockQuote:
            out += indent + "quote\n";
            print_blocks(b.children, indent + "  ", out);
            break;
        case Block::Kind::ThematicBreak:
            out += indent + "hr\n";
            break;
        default:
            out += indent + "other\n";
        }
    }
}

std::string run(const Example& ex) {
    model::Diagnostics diags;
    read::TextOptions options;
    options.strip = ex.strip;
    model::Book book;
    book.meta.lang = ex.lang;
    book.articles.push_back(read::read_text({"example.txt", ex.input, "UTF-8"}, options, diags));
    transform::TypographyOptions t;
    if (ex.en_dashes) t.dashes = transform::DashStyle::SpacedEn;
    transform::apply_typography(book, t);
    const model::Article& a = book.articles.front();
    std::string out = "title: " + a.title + "\n";
    if (!a.subtitle.empty()) out += "subtitle: " + a.subtitle + "\n";
    print_blocks(a.blocks, "", out);
    for (const model::Note& n : a.notes) {
        out += "note " + n.label + "\n";
        print_blocks(n.blocks, "  ", out);
    }
    for (const model::Credit& c : a.credits) {
        out += "credit: creator \"" + c.creator + "\" source \"" + c.source + "\" licence \"" +
               c.licence.name + "\"" + (c.note.empty() ? "" : " note \"" + c.note + "\"") +
               "\n";
    }
    for (const model::Diagnostic& d : diags.all()) {
        out += (d.severity == model::Diagnostic::Severity::Warning ? "warning " : "note ") +
               std::to_string(d.pos.line) + ": " + d.message + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("example files: input / expected structure", "[read][text][examples]") {
    const fs::path dir = fs::path(GALLEY_SOURCE_DIR) / "tests" / "examples";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 7);
    std::size_t count = 0;
    for (const fs::path& f : files) {
        for (const Example& ex : load(f)) {
            ++count;
            INFO(ex.file << ":" << ex.line << ": " << ex.name);
            CHECK(run(ex) == ex.expected);
        }
    }
    CHECK(count >= 40);
}
