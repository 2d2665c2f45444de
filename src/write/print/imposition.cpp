#include "write/print/imposition.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace galley::write::print {

std::size_t padded_page_count(std::size_t pages) { return (pages + 3) / 4 * 4; }

std::vector<SheetSide> booklet_sides(std::size_t pages, std::size_t sheets_per_signature,
                                     double creep) {
    if (creep < 0 || !std::isfinite(creep))
        throw std::invalid_argument("creep must be a non-negative length");
    const std::size_t total = padded_page_count(pages);
    const std::size_t per_signature =
        sheets_per_signature == 0 ? total : std::min(total, sheets_per_signature * 4);
    std::vector<SheetSide> sides;
    sides.reserve(total / 2);
    // The last signature takes what is left (still a multiple of 4).
    for (std::size_t first = 0; first < total; first += per_signature) {
        const std::size_t n = std::min(per_signature, total - first);
        for (std::size_t sheet = 0; sheet < n / 4; ++sheet) {
            const double shift = creep * static_cast<double>(sheet);
            const std::size_t outer = first + n - 1 - 2 * sheet; // last pages, counting in
            const std::size_t inner = first + 2 * sheet;         // first pages, counting on
            sides.push_back({outer, inner, shift});              // front: 8|1
            sides.push_back({inner + 1, outer - 1, shift});      // back: 2|7
        }
    }
    return sides;
}

std::optional<double> parse_length_pt(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || !std::isfinite(value) || value < 0) return std::nullopt;
    const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (unit.empty() || unit == "mm") return value * 72.0 / 25.4;
    if (unit == "cm") return value * 72.0 / 2.54;
    if (unit == "in") return value * 72.0;
    if (unit == "pt") return value;
    return std::nullopt;
}

} // namespace galley::write::print
