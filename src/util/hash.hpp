#pragma once
// Hashing: the one place that includes libcrypto.

#include <array>
#include <string>
#include <string_view>

namespace galley::util {

std::array<unsigned char, 20> sha1(std::string_view data);
std::string sha256_hex(std::string_view data);

// A name-based UUID, version 5 (RFC 4122 §4.3), in the URL namespace:
// the same `name` always gives the same UUID. Lowercase, hyphenated.
std::string uuid_v5(std::string_view name);

} // namespace galley::util
