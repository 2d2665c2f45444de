#include "pipeline/images.hpp"

#include "image/raster.hpp"
#include "transform/image_header.hpp"
#include "write/epub/epub_writer.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

namespace galley::pipeline {

void limit_image_size(model::Book& book, int max_side, model::Diagnostics& diags) {
    if (max_side <= 0) return;
    for (model::Asset& a : book.assets) {
        // The header says whether it is worth decoding at all.
        const transform::ImageHeader header = transform::read_image_header(a.data, a.media_type);
        if (std::max(header.width, header.height) <= static_cast<std::uint32_t>(max_side)) continue;
        const auto scaled = image::downscale(a.data, a.media_type, max_side);
        if (!scaled) continue;
        diags.note({a.source, 0}, "image scaled down from " + std::to_string(header.width) + "x" +
                                      std::to_string(header.height) + " to " +
                                      std::to_string(scaled->width) + "x" +
                                      std::to_string(scaled->height) + " pixels (--downscale-images " +
                                      std::to_string(max_side) + ")");
        a.data = scaled->data;
    }
}

void warn_large_images(const model::Book& book, std::uint64_t max_bytes, int downscale,
                       model::Diagnostics& diags) {
    if (max_bytes == 0) return;
    // Where each embedded image is first used: its href -> article and line.
    std::map<std::string, model::SourcePos> used;
    for (const model::Article& a : book.articles) {
        if (!a.lead_image.empty()) used.emplace(a.lead_image.src, a.lead_image.pos);
        for (const model::Inline* image : model::images_in(a))
            used.emplace(image->url, model::SourcePos{a.source.file, image->line});
    }
    for (const model::Asset& a : book.assets) {
        if (a.data.size() <= max_bytes) continue;
        const auto at = used.find(a.href);
        const model::SourcePos pos = at != used.end() && !at->second.file.str().empty()
                                         ? at->second
                                         : model::SourcePos{a.source, 0};
        std::string name = a.source;
        if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
            name = name.substr(slash + 1);
        std::string message = "image '" + name + "' is " + format_byte_size(a.data.size()) +
                              ", over --max-image-size " + format_byte_size(max_bytes) +
                              " (Send-to-Kindle and some readers fail on large books)";
        const bool raster = a.media_type == "image/png" || a.media_type == "image/jpeg";
        if (raster && downscale <= 0)
            message += "; --downscale-images 2000 would scale it down";
        diags.warn(pos, std::move(message));
    }
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
        ++i;
    const std::string number(text.substr(0, i));
    if (number.empty() || number.front() == '.' || std::count(number.begin(), number.end(), '.') > 1)
        return std::nullopt;
    std::string unit;
    for (char c : text.substr(i))
        if (c != ' ') unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    double scale = 0;
    if (unit.empty() || unit == "b") scale = 1;
    else if (unit == "k" || unit == "kb" || unit == "kib") scale = 1024.0;
    else if (unit == "m" || unit == "mb" || unit == "mib") scale = 1024.0 * 1024;
    else if (unit == "g" || unit == "gb" || unit == "gib") scale = 1024.0 * 1024 * 1024;
    else return std::nullopt;
    const double bytes = std::strtod(number.c_str(), nullptr) * scale;
    if (!(bytes >= 0) || bytes > 1e15) return std::nullopt;
    return static_cast<std::uint64_t>(std::llround(bytes));
}

std::string format_byte_size(std::uint64_t bytes) {
    char buf[32];
    if (bytes >= 1024 * 1024) {
        const double mb = double(bytes) / (1024 * 1024);
        std::snprintf(buf, sizeof buf, mb == std::floor(mb) ? "%.0f MB" : "%.1f MB", mb);
    } else if (bytes >= 1024) {
        std::snprintf(buf, sizeof buf, "%.0f KB", double(bytes) / 1024);
    } else {
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    }
    return buf;
}

std::string generated_cover_png(const model::Book& book) {
    if (std::any_of(book.assets.begin(), book.assets.end(),
                    [](const model::Asset& a) { return a.cover; }))
        return {};
    const auto png = image::render_svg_png(write::epub::generated_cover_svg(book), 1200, 1800);
    return png ? png->data : std::string();
}

} // namespace galley::pipeline
