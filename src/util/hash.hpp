#pragma once
// Hashing: the one place that includes libcrypto.

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace galley::util {

std::array<unsigned char, 20> sha1(std::string_view data);
std::string sha256_hex(std::string_view data);

// A name-based UUID, version 5 (RFC 4122 §4.3), in the URL namespace:
// the same `name` always gives the same UUID. Lowercase, hyphenated.
std::string uuid_v5(std::string_view name);

// The same UUID, with the name given in pieces: add("ab"), add("c") gives
// uuid_v5("abc"), without holding the whole name (a book's text) at once.
class UuidV5 {
  public:
    UuidV5();
    ~UuidV5();
    UuidV5(const UuidV5&) = delete;
    UuidV5& operator=(const UuidV5&) = delete;
    void add(std::string_view piece);
    std::string finish(); // once

  private:
    struct Context;
    std::unique_ptr<Context> ctx_;
};

} // namespace galley::util
