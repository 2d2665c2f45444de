#pragma once
// The caps that keep untrusted input from exhausting the machine. Each is in
// the README ("Limits") and tested at cap + 1; past a cap galley stops with a
// clear error or, where only one part is affected, warns and goes on.

#include <cstdint>

namespace galley::util::limits {

// An input article (.txt/.md): larger is an error naming the file.
inline constexpr std::uintmax_t max_input_bytes = 32u << 20;
// Input files in one run: more is an error.
inline constexpr std::size_t max_inputs = 10000;
// The metadata file (book.yaml) and a stylesheet: larger is an error.
inline constexpr std::uintmax_t max_metadata_bytes = 4u << 20;
inline constexpr std::uintmax_t max_stylesheet_bytes = 4u << 20;
// An image file: larger, or more pixels than this, and it is left out with a
// warning (its alt text kept).
inline constexpr std::uintmax_t max_image_bytes = 32u << 20;
inline constexpr std::uint64_t max_image_pixels = 100'000'000;
// YAML: text produced by expanding aliases, in bytes (against "billion
// laughs"): more is an error naming the file.
inline constexpr std::size_t max_yaml_expanded_bytes = 16u << 20;

} // namespace galley::util::limits
