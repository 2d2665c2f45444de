#include "transform/metadata.hpp"

#include "util/hash.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include <string>

namespace galley::transform {

namespace {

void append_blocks_text(const model::Blocks& blocks, std::string& out) {
    std::vector<const model::Blocks*> todo{&blocks};
    while (!todo.empty()) {
        const model::Blocks* list = todo.back();
        todo.pop_back();
        for (const model::Block& b : *list) {
            out += model::plain_text(b.inlines);
            out += b.text;
            out += '\n';
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    }
}

bool blank(const std::string& s) { return util::trim(s).empty(); }

// A calendar date as EPUB's dc:date takes it: YYYY, YYYY-MM or YYYY-MM-DD
// (a time may follow), with a month and day that exist.
bool is_real_date(const std::string& s) {
    int y = 0, mo = 0, d = 0;
    char rest = 0;
    const int n = std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &rest);
    if (n < 1 || y < 1 || s.size() < 4 || !std::isdigit(static_cast<unsigned char>(s[3])))
        return false;
    if (n == 1) return s.size() == 4;
    if (mo < 1 || mo > 12) return false;
    if (n == 2) return s.size() == 7;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d < 1 || d > days[mo - 1] || (mo == 2 && d == 29 && !leap)) return false;
    return n == 3 ? s.size() == 10 : rest == 'T';
}

// Drops the people without a name (an empty `author:`), reporting them.
void drop_nameless(std::vector<model::Person>& people, const char* what,
                   model::Diagnostics& diags) {
    const auto before = people.size();
    people.erase(std::remove_if(people.begin(), people.end(),
                                [](const model::Person& p) { return blank(p.name); }),
                 people.end());
    if (people.size() != before)
        diags.warn({}, std::string("an empty ") + what + " in the metadata is left out");
}

// Empty or impossible values would give an invalid package: they are
// reported and left out (or replaced by what galley would use without them).
void check_values(model::Book& book, model::Diagnostics& diags) {
    model::Metadata& m = book.meta;
    drop_nameless(m.authors, "author", diags);
    drop_nameless(m.contributors, "contributor", diags);
    const auto subjects = m.subjects.size();
    m.subjects.erase(std::remove_if(m.subjects.begin(), m.subjects.end(), blank), m.subjects.end());
    if (m.subjects.size() != subjects) diags.warn({}, "an empty subject in the metadata is left out");
    if (!m.title.empty() && blank(m.title)) {
        diags.warn({}, "the book's title is blank; the first article's title is used");
        m.title.clear();
    }
    if (!m.identifier.empty() && blank(m.identifier)) {
        diags.warn({}, "the identifier is blank; one is made from the content");
        m.identifier.clear();
    }
    if (!m.date.empty() && !is_real_date(m.date)) {
        diags.warn({}, "date '" + m.date + "' is not a date (YYYY-MM-DD); left out");
        m.date.clear();
    }
    for (model::Article& a : book.articles) {
        drop_nameless(a.authors, "article author", diags);
        if (!blank(a.title)) continue;
        const std::string name = std::filesystem::path(a.source.file.str()).stem().string();
        diags.warn(a.source, "the article's title is blank; its file name is used");
        a.title = name.empty() ? "Untitled" : name;
    }
}

} // namespace

void complete_metadata(model::Book& book, model::Diagnostics& diags, unsigned threads) {
    model::Metadata& m = book.meta;
    check_values(book, diags);
    if (m.title.empty() && !book.articles.empty()) {
        // The book is named after its first article: its subtitle too.
        m.title = book.articles.front().title;
        if (m.subtitle.empty()) m.subtitle = book.articles.front().subtitle;
    }
    if (m.title.empty()) m.title = "Untitled";
    if (m.lang.empty()) m.lang = "en";
    if (m.identifier.empty()) {
        // The name: title, authors, each article's title and text, asset
        // hrefs, one per line.
        util::UuidV5 uuid;
        uuid.add(m.title + '\n');
        for (const model::Person& p : m.authors)
            uuid.add(p.name + '\n');
        util::parallel_ordered(
            book.articles.size(), threads,
            [&book](std::size_t i) {
                const model::Article& a = book.articles[i];
                std::string text = a.title + '\n';
                append_blocks_text(a.blocks, text);
                return text;
            },
            [&uuid](std::size_t, const std::string& text) { uuid.add(text); });
        // Asset hrefs carry a prefix of the image's SHA-256: new pictures, new book.
        for (const model::Asset& a : book.assets)
            uuid.add(a.href + '\n');
        m.identifier = "urn:uuid:" + uuid.finish();
    }
}

} // namespace galley::transform

namespace galley::transform {

namespace {

// The same file, however it was named: "./a.txt", "dir/../a.txt", a link.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    if (std::filesystem::equivalent(a, b, ec)) return true;
    return a.lexically_normal() == b.lexically_normal();
}

void set_field(std::string& field, const std::string& value, const char* key,
               const model::FileMetadata& entry, model::Diagnostics& diags) {
    if (value.empty()) return;
    if (!field.empty() && field != value)
        diags.note(entry.pos, std::string("'") + key + "' of " + entry.file + " replaces '" +
                                  field + "' from the file itself");
    field = value;
}

} // namespace

void apply_file_metadata(const model::Metadata& meta, const std::string& metadata_file,
                         std::vector<model::Article>& articles, model::Diagnostics& diags) {
    if (meta.files.empty()) return;
    const std::filesystem::path folder = std::filesystem::path(metadata_file).parent_path();
    for (const model::FileMetadata& entry : meta.files) {
        const std::filesystem::path wanted = folder / entry.file;
        bool found = false;
        for (model::Article& a : articles) {
            if (a.source.file.empty() || !same_file(a.source.file.str(), wanted)) continue;
            found = true;
            set_field(a.source_name, entry.source, "source", entry, diags);
            set_field(a.url, entry.url, "url", entry, diags);
        }
        if (!found)
            diags.warn(entry.pos, "'files': '" + entry.file + "' is not among the inputs; ignored");
    }
}

} // namespace galley::transform
