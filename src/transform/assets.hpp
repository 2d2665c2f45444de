#pragma once
// Embedding images: resolves every local image the book refers to (images in
// the text, lead images, the cover), reads the media type from the bytes,
// stores each distinct file once in Book::assets and rewrites the references
// to the asset's href. The file system stays with the pipeline: this
// transform asks an ImageLoader for bytes.

#include "model/book.hpp"
#include "model/diagnostic.hpp"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace galley::transform {

// Why an image could not be loaded ("image 'x.png' not found"), without a
// position: the transform reports it at the reference, as a warning.
class ImageUnavailable : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Returns the bytes of the file at `path` (already resolved by
// resolve_image_path, inside `root`). `where` is the reference. Throws
// ImageUnavailable when the file is missing, unreadable, too large or
// (through a link) outside `root`.
using ImageLoader = std::function<std::string(const std::string& path, const std::string& root,
                                              const model::SourcePos& where)>;

// "image/jpeg", "image/png", "image/gif", "image/svg+xml" or "image/webp"
// from the first bytes; empty when the bytes are none of these.
std::string sniff_media_type(std::string_view bytes);

// `src` (as written, '/'-separated, relative to the file `from_file`) as a
// path, lexically normalised. Nothing when `src` is empty, absolute, a URL
// or leaves the folder of `from_file` ("../../etc/passwd"): images must live
// in the input tree.
std::optional<std::string> resolve_image_path(std::string_view from_file, std::string_view src);

// True for "http://…", "https://…", "data:…" and other URLs with a scheme.
bool is_url(std::string_view src);

// Embeds the images of `book`: Image inlines and lead images (relative to
// their article's file), `meta.cover_image` (relative to the file in
// `meta.cover_image_pos`, else `metadata_file`).
// Identical bytes are stored once, as "images/<sha256 prefix>.<ext>".
// Credits whose subject names an embedded file (relative to the file in
// their `pos`, else book credits to `metadata_file` and article credits to
// the article) get the asset's href as subject.
// An image that cannot be embedded (a path leaving the input tree, never
// read; a file that is missing, unreadable or not a JPEG, PNG, GIF or SVG
// image) costs only itself: a warning "file:line: warning: …" at the
// reference, and in the text an Inline::Kind::MissingImage holding its alt
// text (or, with none, its file name). A lead image is left out, a cover
// image replaced by the drawn cover, each with a warning.
void embed_images(model::Book& book, const std::string& metadata_file, const ImageLoader& load,
                  model::Diagnostics& diags);

} // namespace galley::transform
