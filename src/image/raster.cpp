#include "image/raster.hpp"

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <memory>

namespace galley::image {

namespace {

struct Unref {
    void operator()(void* object) const { g_object_unref(object); }
};
template <class T> using Ref = std::unique_ptr<T, Unref>;

void clear(GError* error) {
    if (error) g_error_free(error);
}

Ref<GdkPixbuf> decode(std::string_view bytes) {
    Ref<GdkPixbufLoader> loader(gdk_pixbuf_loader_new());
    GError* error = nullptr;
    const bool written = gdk_pixbuf_loader_write(
        loader.get(), reinterpret_cast<const guchar*>(bytes.data()), bytes.size(), &error);
    clear(error);
    error = nullptr;
    const bool closed = gdk_pixbuf_loader_close(loader.get(), &error);
    clear(error);
    if (!written || !closed) return nullptr;
    GdkPixbuf* pixbuf = gdk_pixbuf_loader_get_pixbuf(loader.get());
    if (!pixbuf) return nullptr;
    g_object_ref(pixbuf); // the loader's reference goes with the loader
    return Ref<GdkPixbuf>(pixbuf);
}

} // namespace

std::optional<Raster> size_of(std::string_view bytes) {
    const Ref<GdkPixbuf> pixbuf = decode(bytes);
    if (!pixbuf) return std::nullopt;
    return Raster{{}, gdk_pixbuf_get_width(pixbuf.get()), gdk_pixbuf_get_height(pixbuf.get())};
}

std::optional<Raster> downscale(std::string_view bytes, std::string_view media_type, int max_side) {
    const bool jpeg = media_type == "image/jpeg";
    if ((!jpeg && media_type != "image/png") || max_side <= 0) return std::nullopt;
    // A JPEG's EXIF orientation is applied first, so the long side is the
    // one the reader sees.
    Ref<GdkPixbuf> decoded = decode(bytes);
    if (!decoded) return std::nullopt;
    Ref<GdkPixbuf> pixbuf(gdk_pixbuf_apply_embedded_orientation(decoded.get()));
    if (!pixbuf) return std::nullopt;
    const int w = gdk_pixbuf_get_width(pixbuf.get());
    const int h = gdk_pixbuf_get_height(pixbuf.get());
    if (std::max(w, h) <= max_side) return std::nullopt;
    const double scale = static_cast<double>(max_side) / std::max(w, h);
    const int sw = std::max(1, static_cast<int>(w * scale + 0.5));
    const int sh = std::max(1, static_cast<int>(h * scale + 0.5));
    const Ref<GdkPixbuf> scaled(gdk_pixbuf_scale_simple(pixbuf.get(), sw, sh, GDK_INTERP_HYPER));
    if (!scaled) return std::nullopt;
    gchar* buffer = nullptr;
    gsize size = 0;
    GError* error = nullptr;
    const gboolean saved =
        jpeg ? gdk_pixbuf_save_to_buffer(scaled.get(), &buffer, &size, "jpeg", &error, "quality",
                                         "88", nullptr)
             : gdk_pixbuf_save_to_buffer(scaled.get(), &buffer, &size, "png", &error,
                                         "compression", "9", nullptr);
    clear(error);
    if (!saved) return std::nullopt;
    Raster out{std::string(buffer, size), sw, sh};
    g_free(buffer);
    return out;
}

std::optional<Raster> render_svg_png(std::string_view svg, int width, int height) {
    GError* error = nullptr;
    const Ref<RsvgHandle> handle(rsvg_handle_new_from_data(
        reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    clear(error);
    if (!handle) return std::nullopt;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
    error = nullptr;
    const bool drawn = rsvg_handle_render_document(handle.get(), cr, &viewport, &error);
    clear(error);
    cairo_destroy(cr);
    std::optional<Raster> out;
    if (drawn) {
        std::string png;
        cairo_surface_write_to_png_stream(
            surface,
            [](void* closure, const unsigned char* data, unsigned int length) {
                static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data),
                                                           length);
                return CAIRO_STATUS_SUCCESS;
            },
            &png);
        out = Raster{std::move(png), width, height};
    }
    cairo_surface_destroy(surface);
    return out;
}

} // namespace galley::image
