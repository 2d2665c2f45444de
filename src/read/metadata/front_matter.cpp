// Front matter of Markdown articles.
#include "read/metadata/metadata_reader.hpp"
#include "read/metadata/yaml_values.hpp"

#include <algorithm>

namespace galley::read {

using namespace meta;

namespace {

model::ImageRef lead_image(const YAML::Node& n, const Context& cx, model::Article& a) {
    model::ImageRef img;
    img.pos = cx.pos(n);
    if (!n.IsMap()) {
        img.src = scalar(n, cx, "image");
        return img;
    }
    for (const auto& kv : n) {
        const std::string k = kv.first.as<std::string>();
        if (k == "src" || k == "url" || k == "path")
            img.src = scalar(kv.second, cx, k);
        else if (k == "alt")
            img.alt = scalar(kv.second, cx, k);
        else if (k == "credit")
            lead_image_credit(kv.second, cx, a);
        else
            cx.diags.warn(cx.pos(kv.first), "unknown key '" + k + "' in 'image' ignored");
    }
    return img;
}

void apply_article_key(const std::string& key, const YAML::Node& value, const YAML::Node& key_node,
                       const Context& cx, model::Article& a) {
    if (key == "title") {
        Metadata m; // reuse the book's title rules (pandoc's list form included)
        title(value, cx, m);
        a.title = m.title;
        if (!m.subtitle.empty()) a.subtitle = m.subtitle;
    } else if (key == "subtitle") {
        a.subtitle = scalar(value, cx, key);
    } else if (key == "author" || key == "creator") {
        a.authors = people(value, cx, key);
    } else if (key == "date") {
        a.date = scalar(value, cx, key);
    } else if (key == "lang" || key == "language") {
        a.lang = language_tag(value, cx, key);
    } else if (key == "description" || key == "abstract") {
        a.description = scalar(value, cx, key);
    } else if (key == "source" || key == "publication") {
        a.source_name = scalar(value, cx, key);
    } else if (key == "url" || key == "source-url") {
        a.url = scalar(value, cx, key);
    } else if (key == "image" || key == "lead-image") {
        a.lead_image = lead_image(value, cx, a);
    } else if (key == "image-credit" || key == "lead-image-credit") {
        lead_image_credit(value, cx, a);
    } else if (key == "credits" || key == "credit") {
        // The same schema as book.yaml's `credits:`; image paths are relative
        // to the Markdown file.
        for (model::Credit& c : read_credit_list(value, cx))
            a.credits.push_back(std::move(c));
    } else {
        cx.diags.warn(cx.pos(key_node), "unknown front matter key '" + key + "' ignored");
    }
}

} // namespace

void read_front_matter(std::string_view yaml, const std::string& path, int first_line,
                       model::Article& article, model::Diagnostics& diags) {
    // Leading newlines make yaml-cpp's marks count lines of the Markdown file.
    const std::string text =
        std::string(static_cast<std::size_t>(std::max(first_line - 1, 0)), '\n') +
        std::string(yaml);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw Error(yaml_pos(path, e), "invalid YAML front matter: " + yaml_problem(e));
    }
    const Context cx{path, diags};
    if (root.IsNull()) return;
    if (!root.IsMap())
        throw Error(SourcePos{path, first_line},
                    "front matter must be a mapping of keys to values");
    try {
        for (const auto& kv : root) {
            if (!kv.first.IsScalar())
                throw Error(cx.pos(kv.first), "front matter keys must be text");
            apply_article_key(kv.first.as<std::string>(), kv.second, kv.first, cx, article);
        }
    } catch (const YAML::Exception& e) {
        throw Error(yaml_pos(path, e), "invalid front matter: " + yaml_problem(e));
    }
}

} // namespace galley::read
