#pragma once

#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace galley::model {

struct Person {
    std::string name;
    std::string role;    // MARC relator code, e.g. "aut"; empty means author
    std::string file_as; // sort form, e.g. "Robertson, Geoffrey"

    bool operator==(const Person&) const = default;
};

// What book.yaml's `files:` says about one input file: where the article was
// first published, as its own front matter would say it.
struct FileMetadata {
    std::string file;   // as written: relative to the metadata file's folder
    std::string source; // the article's source_name
    std::string url;
    SourcePos pos; // where the entry is written, for messages

    bool operator==(const FileMetadata&) const = default;
};

// Book-level metadata. Strings are UTF-8; empty means "not given".
struct Metadata {
    std::string title;
    std::string subtitle;
    std::vector<Person> authors;
    std::vector<Person> contributors; // dc:contributor (pandoc's `contributor`)
    std::string lang;
    std::string identifier;
    std::string identifier_scheme; // pandoc's schemes: "DOI", "ISBN-13"...; empty: none
    std::string date;
    std::string publisher;
    std::string rights;
    std::string description;
    std::vector<std::string> subjects;
    std::string collection;                 // belongs-to-collection
    std::string group_position;             // position in the collection
    std::string cover_image;                // path as given (relative to the metadata file)
    SourcePos cover_image_pos;              // where it was given, for messages and paths
    std::vector<std::string> stylesheets;   // `css`: paths relative to the metadata file
    SourcePos stylesheets_pos;              // where `css` was given, for messages and paths
    std::string page_progression_direction; // "ltr", "rtl" or empty
    std::string page_size;                  // print: "A4", "Letter", "A5"
    std::string handout_footer;             // print: a line at the foot of each handout page
    // Paragraphs matching one of these patterns are removed (and reported).
    std::vector<std::string> strip;
    // Per-file entries (`files:`), applied by transform::apply_file_metadata.
    std::vector<FileMetadata> files;

    bool operator==(const Metadata&) const = default;
};

} // namespace galley::model
