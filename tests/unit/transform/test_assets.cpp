#include "transform/assets.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace galley;
using transform::embed_images;
using transform::resolve_image_path;
using transform::sniff_media_type;

namespace {

// Whole (if tiny) images: the transform reads their headers.
const std::string png_bytes = std::string("\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63\x64\x60\xF8\x5F\x0F\x00\x02\x87\x01\x80\xEB\x47\xBA\x92\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60\x82", 70);
const std::string jpeg_bytes = std::string(
    "\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    "\xFF\xC0\0\x11\x08\0\x02\0\x03\x03\x01\x22\0\x02\x11\x01\x03\x11\x01\xFF\xD9",
    41);
const std::string gif_bytes = std::string("\x47\x49\x46\x38\x39\x61\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xFF\xFF\xFF\x21\xF9\x04\x01\x00\x00\x00\x00\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x01\x44\x00\x3B", 42);
const std::string svg_bytes =
    "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

// An in-memory file system for the loader; records what was asked for.
struct Files {
    std::map<std::string, std::string> files;
    std::vector<std::string> asked;
    transform::ImageLoader loader() {
        return [this](const std::string& path, const std::string&, const model::SourcePos&) {
            asked.push_back(path);
            const auto it = files.find(path);
            if (it == files.end())
                throw transform::ImageUnavailable("image '" + path + "' not found");
            return it->second;
        };
    }
};

model::Article article(const std::string& file, model::Inlines inlines) {
    model::Article a;
    a.title = "A";
    a.source = {file, 0};
    a.blocks.push_back(model::make_paragraph(std::move(inlines)));
    return a;
}

} // namespace

TEST_CASE("media types come from the bytes, not the name", "[transform][assets]") {
    CHECK(sniff_media_type(png_bytes) == "image/png");
    CHECK(sniff_media_type(jpeg_bytes) == "image/jpeg");
    CHECK(sniff_media_type(gif_bytes) == "image/gif");
    CHECK(sniff_media_type("GIF87a....") == "image/gif");
    CHECK(sniff_media_type(svg_bytes) == "image/svg+xml");
    CHECK(sniff_media_type("  <svg>") == "image/svg+xml");
    CHECK(sniff_media_type(std::string("RIFF\0\0\0\0WEBPVP8 ", 16)) == "image/webp");
    CHECK(sniff_media_type("<html><svg/></html>").empty());
    CHECK(sniff_media_type("<svgfoo/>").empty());
    CHECK(sniff_media_type("%PDF-1.4").empty());
    CHECK(sniff_media_type("").empty());
    CHECK(sniff_media_type("<!-- never closed").empty());
}

TEST_CASE("image paths stay inside the folder of the file that names them", "[transform][assets]") {
    CHECK(resolve_image_path("book/a.txt", "pic.png") == "book/pic.png");
    CHECK(resolve_image_path("book/a.txt", "./img/../img/pic.png") == "book/img/pic.png");
    CHECK(resolve_image_path("a.txt", "pic.png") == "pic.png");
    CHECK(resolve_image_path("", "pic.png") == "pic.png");
    CHECK_FALSE(resolve_image_path("book/a.txt", "../../etc/passwd"));
    CHECK_FALSE(resolve_image_path("book/a.txt", "img/../../secret.png"));
    CHECK_FALSE(resolve_image_path("book/a.txt", "/etc/passwd"));
    CHECK_FALSE(resolve_image_path("book/a.txt", "https://example.org/x.png"));
    CHECK_FALSE(resolve_image_path("book/a.txt", ""));
    CHECK_FALSE(resolve_image_path("book/a.txt", "img/"));
    CHECK_FALSE(resolve_image_path("book/a.txt", "."));
}

TEST_CASE("images are embedded once per content, references rewritten", "[transform][assets]") {
    Files fs;
    fs.files["book/photo.jpg"] = png_bytes; // a .jpg name holding PNG bytes
    fs.files["book/same.png"] = png_bytes;  // the same bytes under another name
    fs.files["book/lead.svg"] = svg_bytes;
    fs.files["book/cover.gif"] = gif_bytes;
    model::Book book;
    book.meta.cover_image = "cover.gif";
    book.articles.push_back(article(
        "book/a.txt", {model::Inline::make_image("photo.jpg", "Photo", 3),
                       model::Inline::make_span(model::Inline::Kind::Emphasis,
                                                {model::Inline::make_image("same.png", "Same", 4)}),
                       model::Inline::make_image("photo.jpg", "Again", 5)}));
    book.articles[0].lead_image = {"lead.svg", "Lead", {"book/a.txt", 1}};
    book.credits.push_back({"photo.jpg", "", "X", "", "", "", {}, "", {"book/book.yaml", 2}});
    book.articles[0].credits.push_back({"lead.svg", "", "Y", "", "", "", {}, "", {}});
    model::Diagnostics d;
    embed_images(book, "book/book.yaml", fs.loader(), d);

    REQUIRE(book.assets.size() == 3);
    const model::Asset& cover = book.assets[0];
    CHECK(cover.media_type == "image/gif");
    CHECK(cover.cover);
    CHECK(book.meta.cover_image == cover.href);
    const model::Asset& photo = book.assets[1];
    CHECK(photo.media_type == "image/png");
    CHECK(photo.href.rfind("images/", 0) == 0);
    CHECK(photo.href.size() == std::string("images/").size() + 16 + 4);
    CHECK(photo.href.substr(photo.href.size() - 4) == ".png");
    CHECK(photo.data == png_bytes);
    CHECK(photo.source == "book/photo.jpg");
    CHECK_FALSE(photo.cover);
    CHECK(book.assets[2].media_type == "image/svg+xml");

    const auto& inl = book.articles[0].blocks[0].inlines;
    CHECK(inl[0].url == photo.href);
    CHECK(inl[1].children[0].url == photo.href); // deduplicated by content
    CHECK(inl[2].url == photo.href);
    CHECK(book.articles[0].lead_image.src == book.assets[2].href);
    // Each path is read once.
    CHECK(fs.asked.size() == 4);
    // Credits naming files now name the assets.
    CHECK(book.credits[0].subject == photo.href);
    CHECK(book.articles[0].credits[0].subject == book.assets[2].href);
    CHECK(d.all().empty());
}

TEST_CASE("an image that cannot be embedded is a warning; its alt text stays", "[transform][assets]") {
    Files fs;
    fs.files["book/notes.txt"] = "just text";
    fs.files["book/pic.webp"] = std::string("RIFF\0\0\0\0WEBPVP8 ", 16);
    fs.files["book/active.svg"] =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><SCRIPT>alert(1)</SCRIPT></svg>";
    fs.files["book/ok.gif"] = gif_bytes;
    model::Book book;
    book.articles.push_back(article(
        "book/a.md",
        {model::Inline::make_image("../../etc/passwd", "Escape", 7),
         model::Inline::make_image("missing.png", "Gone", 8),
         model::Inline::make_image("notes.txt", "", 9), model::Inline::make_image("pic.webp", "W", 10),
         model::Inline::make_image("active.svg", "S", 11), model::Inline::make_image("ok.gif", "G", 12),
         model::Inline::make_image("missing.png", "Twice", 13)}));
    book.articles[0].lead_image = {"lead.png", "Lead", {"book/a.md", 2}};
    book.meta.cover_image = "cover.png";
    model::Diagnostics d;
    embed_images(book, "book/book.yaml", fs.loader(), d);

    std::vector<std::string> lines;
    for (const auto& w : d.all())
        lines.push_back(w.format());
    REQUIRE(lines.size() == 8);
    CHECK(lines[0] == "book/book.yaml: warning: image 'book/cover.png' not found; the cover is "
                      "drawn from the title instead");
    CHECK(lines[1] == "book/a.md:7: warning: image '../../etc/passwd' is outside the input folder "
                      "(images must be in the folder of the file that refers to them, or below "
                      "it); its alt text is kept");
    CHECK(lines[2] == "book/a.md:8: warning: image 'book/missing.png' not found; its alt text is kept");
    CHECK(lines[3] == "book/a.md:9: warning: 'book/notes.txt' is not a JPEG, PNG, GIF or SVG "
                      "image; its file name is kept");
    CHECK_THAT(lines[4], Catch::Contains("WebP is not a core media type"));
    CHECK(lines[5] == "book/a.md:11: warning: 'book/active.svg' is an SVG with scripts or embedded "
                      "HTML, which an EPUB image may not have; its alt text is kept");
    CHECK(lines[6] == "book/a.md:13: warning: image 'book/missing.png' not found; its alt text is kept");
    CHECK(lines[7] == "book/a.md:2: warning: image 'book/lead.png' not found; the article goes "
                      "without its lead image");

    const auto& inl = book.articles[0].blocks[0].inlines;
    using K = model::Inline::Kind;
    CHECK(inl[0].kind == K::MissingImage);
    CHECK(inl[0].text == "Escape");
    CHECK(inl[1].kind == K::MissingImage);
    CHECK(inl[1].text == "Gone");
    CHECK(inl[2].kind == K::MissingImage);
    CHECK(inl[2].text == "notes.txt"); // no alt text: the file name
    CHECK(inl[4].kind == K::MissingImage);
    CHECK(inl[5].kind == K::Image);
    CHECK(inl[6].text == "Twice");
    REQUIRE(book.assets.size() == 1);
    CHECK(inl[5].url == book.assets[0].href);
    CHECK(book.meta.cover_image.empty());
    CHECK(book.articles[0].lead_image.empty());
    // The escaping path was never loaded; the missing one asked for once.
    CHECK(std::count(fs.asked.begin(), fs.asked.end(), "book/missing.png") == 1);
    for (const std::string& p : fs.asked)
        CHECK(p.rfind("book/", 0) == 0);
}

TEST_CASE("remote images are linked, not fetched", "[transform][assets]") {
    Files fs;
    model::Book book;
    book.articles.push_back(
        article("a.md", {model::Inline::make_image("https://example.org/x.png", "X", 2)}));
    book.articles[0].lead_image = {"http://example.org/lead.jpg", "", {"a.md", 1}};
    model::Diagnostics d;
    embed_images(book, "", fs.loader(), d);
    const model::Inline& in = book.articles[0].blocks[0].inlines[0];
    CHECK(in.kind == model::Inline::Kind::Link);
    CHECK(book.articles[0].lead_image.empty());
    CHECK(in.url == "https://example.org/x.png");
    CHECK(model::plain_text(in.children) == "X");
    CHECK(book.assets.empty());
    CHECK(fs.asked.empty());
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].format() ==
          "a.md:2: warning: remote image 'https://example.org/x.png' not embedded; linked instead");
    CHECK(d.all()[1].format() ==
          "a.md:1: warning: remote lead image 'http://example.org/lead.jpg' not embedded");
}

TEST_CASE("sniffing and path checks survive arbitrary bytes", "[transform][assets]") {
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    const char alphabet[] = "<>?!-/.\\svgSVG \n\t\xEF\xBB\xBF\x89PNG\xFF\xD8:0";
    for (int round = 0; round < 2000; ++round) {
        std::string s(next() % 64, ' ');
        for (char& c : s)
            c = (next() % 3 == 0) ? static_cast<char>(next() & 0xFF)
                                  : alphabet[next() % (sizeof alphabet - 1)];
        const std::string type = sniff_media_type(s);
        CHECK((type.empty() || type.rfind("image/", 0) == 0));
        if (const auto p = resolve_image_path("book/a.md", s)) {
            INFO(s);
            CHECK(p->rfind("book/", 0) == 0);
            CHECK(p->find("/../") == std::string::npos);
        }
    }
}
