#pragma once
// QR codes for links on paper: the one place that uses libqrencode. Each
// code is drawn as inline SVG (one path of dark modules inside a white
// quiet zone), so it stays crisp at any size and nothing is rasterised.

#include "model/block.hpp"
#include "write/markup_sink.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace galley::write::print {

// The http, https and ftp links in `inlines` (nested ones too), in reading
// order, each once.
std::vector<std::string> external_links(const model::Inlines& inlines);

// Emits `<svg class="qr" …>` holding the QR code of `text` (byte mode, error
// correction level M, 4-module quiet zone). Returns false and emits nothing
// when `text` is empty or too long for a QR code (about 2,300 bytes).
bool render_qr_svg(std::string_view text, MarkupSink& out);

// The hook the print writer gives the renderer (RenderOptions::block_start):
// inside a block that holds external links, a `<span class="qr-codes">`
// floated into the outer margin with one code per link; each code's
// `data-host` names the link's host, which print.css prints under it.
// Emits nothing for a block without external links.
void render_block_qr_codes(const model::Block& block, MarkupSink& out);

// The stylesheet rules that size the codes and float them into the page's
// outer margin, `margin_mm` wide.
std::string qr_css(double margin_mm);

} // namespace galley::write::print
