#include "transform/assets.hpp"

#include "transform/image_header.hpp"
#include "util/hash.hpp"
#include "util/limits.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <map>

namespace galley::transform {

namespace {

using model::SourcePos;

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// Past a BOM, white space, the XML declaration, comments and a DOCTYPE, the
// first element of an SVG file is <svg>. Only the head of the file is read.
bool looks_like_svg(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
    while (true) {
        const std::size_t lt = s.find_first_not_of(" \t\r\n");
        if (lt == std::string_view::npos || s[lt] != '<') return false;
        s.remove_prefix(lt);
        if (starts_with(s, "<svg") && s.size() > 4 &&
            std::string_view(" \t\r\n>/").find(s[4]) != std::string_view::npos)
            return true;
        std::string_view close;
        if (starts_with(s, "<?"))
            close = "?>";
        else if (starts_with(s, "<!--"))
            close = "-->";
        else if (starts_with(s, "<!DOCTYPE") || starts_with(s, "<!doctype"))
            // An internal subset ([...]) holds '>' of its own.
            close = s.find('[') < s.find('>') ? "]>" : ">";
        else
            return false;
        const std::size_t end = s.find(close);
        if (end == std::string_view::npos) return false;
        s.remove_prefix(end + close.size());
    }
}

// Scripts and foreign content would make the image "scripted" content that
// EPUB packages must declare (and readers may refuse); galley embeds
// pictures, so it refuses them. A case-insensitive scan, linear in size.
bool has_active_content(std::string_view svg) {
    const std::string lower = util::to_lower_ascii(svg);
    for (const char* needle : {"<script", "<foreignobject", "<svg:script", "javascript:"})
        if (lower.find(needle) != std::string::npos) return true;
    return false;
}

std::string extension_of(const std::string& media_type) {
    if (media_type == "image/jpeg") return "jpg";
    if (media_type == "image/png") return "png";
    if (media_type == "image/gif") return "gif";
    return "svg";
}

std::string folder_of(std::string_view file) {
    const std::string dir = std::filesystem::path(file).parent_path().string();
    return dir.empty() ? "." : dir;
}

class Embedder {
  public:
    Embedder(model::Book& book, const ImageLoader& load) : book_(book), load_(load) {}

    // The asset href for `src` referenced from `where`; nothing, with the
    // reason in `problem`, when the image cannot be embedded.
    std::optional<std::string> embed(const std::string& src, const SourcePos& where,
                                     std::string& problem) {
        const auto path = resolve_image_path(where.file.str(), src);
        if (!path) {
            problem = "image '" + src +
                      "' is outside the input folder (images must be in the folder of the "
                      "file that refers to them, or below it)";
            return std::nullopt;
        }
        if (const auto it = by_path_.find(*path); it != by_path_.end()) return it->second;
        if (const auto it = failed_.find(*path); it != failed_.end()) {
            problem = it->second;
            return std::nullopt;
        }
        try {
            return by_path_[*path] = store(*path, load_(*path, folder_of(where.file.str()), where));
        } catch (const ImageUnavailable& e) {
            problem = failed_[*path] = e.what();
            return std::nullopt;
        }
    }

    // The href of an already embedded file, when `src` names one.
    std::optional<std::string> find(std::string_view src, std::string_view from_file) const {
        const auto path = resolve_image_path(from_file, src);
        if (!path) return std::nullopt;
        const auto it = by_path_.find(*path);
        if (it == by_path_.end()) return std::nullopt;
        return it->second;
    }

  private:
    // Checks the bytes of `path` and stores them once; returns the href.
    // Throws ImageUnavailable when they are not an image an EPUB may hold.
    std::string store(const std::string& path, const std::string& bytes) {
        const std::string type = sniff_media_type(bytes);
        if (type.empty() || type == "image/webp")
            throw ImageUnavailable("'" + path + "' is not a JPEG, PNG, GIF or SVG image" +
                                   (type.empty() ? std::string()
                                                 : " (WebP is not a core media type of EPUB 3.2)"));
        const ImageHeader header = read_image_header(bytes, type);
        if (!header.problem.empty()) throw ImageUnavailable("'" + path + "' is " + header.problem);
        if (std::uint64_t(header.width) * header.height > util::limits::max_image_pixels)
            throw ImageUnavailable("'" + path + "' is " + std::to_string(header.width) + " x " +
                                   std::to_string(header.height) + " pixels, more than the " +
                                   std::to_string(util::limits::max_image_pixels / 1000000) +
                                   " million an image may have");
        if (type == "image/svg+xml" && has_active_content(bytes))
            throw ImageUnavailable("'" + path +
                                   "' is an SVG with scripts or embedded HTML, which an EPUB "
                                   "image may not have");
        const std::string hash = util::sha256_hex(bytes);
        if (const auto known = by_hash_.find(hash); known != by_hash_.end()) return known->second;
        model::Asset a;
        a.href = "images/" + hash.substr(0, 16) + "." + extension_of(type);
        a.media_type = type;
        a.data = bytes;
        a.source = path;
        book_.assets.push_back(std::move(a));
        return by_hash_[hash] = book_.assets.back().href;
    }

    model::Book& book_;
    const ImageLoader& load_;
    std::map<std::string, std::string> failed_;  // resolved path -> why it is not embedded
    std::map<std::string, std::string> by_path_; // resolved path -> href
    std::map<std::string, std::string> by_hash_; // content hash -> href
};

// Iterative walk over every inline list of `blocks` (models may nest deep),
// breadth first: top-level blocks, and so warnings, come in reading order.
template <typename F> void for_each_inline(model::Blocks& blocks, F&& f) {
    std::vector<model::Inlines*> inline_lists;
    std::vector<model::Blocks*> todo{&blocks};
    for (std::size_t i = 0; i < todo.size(); ++i)
        for (model::Block& b : *todo[i]) {
            inline_lists.push_back(&b.inlines);
            if (!b.children.empty()) todo.push_back(&b.children);
        }
    for (std::size_t i = 0; i < inline_lists.size(); ++i)
        for (model::Inline& in : *inline_lists[i]) {
            f(in);
            if (!in.children.empty()) inline_lists.push_back(&in.children);
        }
}

// What stands in the text for an image that could not be embedded: its alt
// text, else its file name.
model::Inline missing_image(const model::Inline& image) {
    model::Inline out = image;
    out.kind = model::Inline::Kind::MissingImage;
    if (util::trim(out.text).empty()) {
        const std::string name = std::filesystem::path(image.url).filename().string();
        out.text = name.empty() ? image.url : name;
    }
    return out;
}

void embed_article(model::Article& a, Embedder& embedder, model::Diagnostics& diags) {
    const std::string& file = a.source.file;
    auto embed = [&](model::Inline& in) {
        if (in.kind != model::Inline::Kind::Image) return;
        const SourcePos where{file, in.line};
        if (is_url(in.url)) {
            // Remote images are not fetched: the alt text links to them.
            diags.warn(where, "remote image '" + in.url + "' not embedded; linked instead");
            in = model::Inline::make_link(
                in.url, {model::Inline::make_text(in.text.empty() ? in.url : in.text)});
            return;
        }
        std::string problem;
        if (auto href = embedder.embed(in.url, where, problem)) {
            in.url = *href;
            return;
        }
        const bool has_alt = !util::trim(in.text).empty();
        diags.warn(where, problem + (has_alt ? "; its alt text is kept" : "; its file name is kept"));
        in = missing_image(in);
    };
    for_each_inline(a.blocks, embed);
    for (model::Note& n : a.notes)
        for_each_inline(n.blocks, embed);
    if (!a.lead_image.empty()) {
        SourcePos where = a.lead_image.pos;
        if (where.file.empty()) where.file = file;
        std::string problem;
        if (is_url(a.lead_image.src)) {
            diags.warn(where, "remote lead image '" + a.lead_image.src + "' not embedded");
            a.lead_image = {};
        } else if (auto href = embedder.embed(a.lead_image.src, where, problem)) {
            a.lead_image.src = *href;
        } else {
            diags.warn(where, problem + "; the article goes without its lead image");
            a.lead_image = {};
        }
    }
}

} // namespace

bool is_url(std::string_view src) { return util::has_url_scheme(src); }

std::string sniff_media_type(std::string_view b) {
    if (starts_with(b, "\xFF\xD8\xFF")) return "image/jpeg";
    if (starts_with(b, "\x89PNG\r\n\x1A\n")) return "image/png";
    if (starts_with(b, "GIF87a") || starts_with(b, "GIF89a")) return "image/gif";
    if (b.size() >= 12 && starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP") return "image/webp";
    if (looks_like_svg(b)) return "image/svg+xml";
    return {};
}

std::optional<std::string> resolve_image_path(std::string_view from_file, std::string_view src) {
    namespace fs = std::filesystem;
    if (src.empty() || is_url(src) || src.front() == '/') return std::nullopt;
    if (src.find('\0') != std::string_view::npos) return std::nullopt;
    const fs::path rel = fs::path(std::string(src)).lexically_normal();
    if (rel.empty() || rel.is_absolute() || *rel.begin() == ".." || rel == ".") return std::nullopt;
    if (rel.filename().empty()) return std::nullopt; // a folder ("pics/")
    const fs::path dir = fs::path(std::string(from_file)).parent_path();
    return (dir / rel).lexically_normal().string();
}

void embed_images(model::Book& book, const std::string& metadata_file, const ImageLoader& load,
                  model::Diagnostics& diags) {
    Embedder embedder(book, load);
    if (!book.meta.cover_image.empty()) {
        // Relative to where it was given (the metadata file, or "-M" and so
        // the working directory).
        model::SourcePos where = book.meta.cover_image_pos;
        if (where.file.empty()) where = {metadata_file, 0};
        std::string problem;
        if (auto href = embedder.embed(book.meta.cover_image, where, problem)) {
            book.meta.cover_image = *href;
            for (model::Asset& a : book.assets)
                a.cover = a.href == *href;
        } else {
            diags.warn(where, problem + "; the cover is drawn from the title instead");
            book.meta.cover_image.clear();
        }
    }
    for (model::Article& a : book.articles)
        embed_article(a, embedder, diags);

    // Credits that name an image file now name its asset.
    for (model::Credit& c : book.credits)
        if (auto href = embedder.find(c.subject, c.pos.file.empty() ? metadata_file : c.pos.file.str()))
            c.subject = *href;
    for (model::Article& a : book.articles)
        for (model::Credit& c : a.credits)
            if (auto href = embedder.find(c.subject, a.source.file.str())) c.subject = *href;
}

} // namespace galley::transform
