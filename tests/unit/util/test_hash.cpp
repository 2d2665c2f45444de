#include "util/hash.hpp"

#include <catch2/catch.hpp>

using namespace galley::util;

TEST_CASE("uuid_v5 matches independent implementations", "[util][hash]") {
    // Expected values from Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
    CHECK(uuid_v5("http://python.org/") == "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
    CHECK(uuid_v5("") == "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
}

TEST_CASE("uuid_v5 sets version and variant bits", "[util][hash]") {
    const std::string u = uuid_v5("galley");
    REQUIRE(u.size() == 36);
    CHECK(u[14] == '5');
    CHECK(std::string("89ab").find(u[19]) != std::string::npos);
    CHECK(uuid_v5("galley") == u);
    CHECK(uuid_v5("galley!") != u);
}

TEST_CASE("sha256_hex of the empty string", "[util][hash]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("UuidV5 fed in pieces equals uuid_v5 of the whole name", "[util][hash]") {
    const std::string name = "http://python.org/";
    for (std::size_t cut = 0; cut <= name.size(); ++cut) {
        galley::util::UuidV5 pieces;
        pieces.add(name.substr(0, cut));
        pieces.add("");
        pieces.add(name.substr(cut));
        CHECK(pieces.finish() == "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
    }
}
