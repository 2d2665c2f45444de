#include "util/hash.hpp"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace galley::util {

namespace {

std::string digest(const EVP_MD* md, std::string_view data) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), out, &len) != 1)
        throw std::runtime_error("libcrypto digest failed");
    return std::string(reinterpret_cast<const char*>(out), len);
}

std::string hex(std::string_view bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

} // namespace

std::array<unsigned char, 20> sha1(std::string_view data) {
    const std::string d = digest(EVP_sha1(), data);
    std::array<unsigned char, 20> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<unsigned char>(d[i]);
    return out;
}

std::string sha256_hex(std::string_view data) {
    return hex(digest(EVP_sha256(), data));
}

struct UuidV5::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), EVP_MD_CTX_free};
};

UuidV5::UuidV5() : ctx_(std::make_unique<Context>()) {
    // RFC 4122 Appendix C: NameSpace_URL 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static const unsigned char ns_url[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                             0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    if (!ctx_->md || EVP_DigestInit_ex(ctx_->md.get(), EVP_sha1(), nullptr) != 1)
        throw std::runtime_error("libcrypto digest failed");
    add(std::string_view(reinterpret_cast<const char*>(ns_url), sizeof ns_url));
}

UuidV5::~UuidV5() = default;

void UuidV5::add(std::string_view piece) {
    if (EVP_DigestUpdate(ctx_->md.get(), piece.data(), piece.size()) != 1)
        throw std::runtime_error("libcrypto digest failed");
}

std::string UuidV5::finish() {
    unsigned char h[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx_->md.get(), h, &len) != 1 || len < 16)
        throw std::runtime_error("libcrypto digest failed");
    h[6] = static_cast<unsigned char>((h[6] & 0x0F) | 0x50);
    h[8] = static_cast<unsigned char>((h[8] & 0x3F) | 0x80);
    const std::string x = hex(std::string_view(reinterpret_cast<const char*>(h), 16));
    return x.substr(0, 8) + "-" + x.substr(8, 4) + "-" + x.substr(12, 4) + "-" + x.substr(16, 4) +
           "-" + x.substr(20, 12);
}

std::string uuid_v5(std::string_view name) {
    UuidV5 uuid;
    uuid.add(name);
    return uuid.finish();
}

} // namespace galley::util
