#include "util/parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

using galley::util::parallel_ordered;

TEST_CASE("parallel_ordered: results consumed in index order whatever the threads did",
          "[util][parallel]") {
    for (unsigned threads : {1u, 2u, 7u}) {
        std::vector<std::size_t> order;
        std::vector<std::string> values;
        parallel_ordered(
            200, threads,
            [](std::size_t i) {
                // Later items finish first: the order must not follow timing.
                std::this_thread::sleep_for(std::chrono::microseconds((200 - i) % 7 * 50));
                return "item " + std::to_string(i);
            },
            [&](std::size_t i, std::string v) {
                order.push_back(i);
                values.push_back(std::move(v));
            });
        REQUIRE(order.size() == 200);
        for (std::size_t i = 0; i < 200; ++i) {
            CHECK(order[i] == i);
            CHECK(values[i] == "item " + std::to_string(i));
        }
    }
}

TEST_CASE("parallel_ordered: no more than the window waits to be consumed", "[util][parallel]") {
    std::atomic<std::size_t> produced{0};
    std::size_t most_ahead = 0;
    parallel_ordered(
        300, 4, [&](std::size_t i) { produced.fetch_add(1); return i; },
        [&](std::size_t i, std::size_t) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
            most_ahead = std::max(most_ahead, produced.load() - (i + 1));
        },
        8);
    CHECK(produced.load() == 300);
    // Produced but not consumed: the window, plus the items the workers hold.
    CHECK(most_ahead <= 8 + 4);
}

TEST_CASE("parallel_ordered: the error of the lowest failing index is the one thrown",
          "[util][parallel]") {
    for (unsigned threads : {1u, 3u}) {
        std::size_t consumed = 0;
        try {
            parallel_ordered(
                100, threads,
                [](std::size_t i) -> int {
                    if (i == 40 || i == 41 || i == 90)
                        throw std::runtime_error("failed at " + std::to_string(i));
                    return 0;
                },
                [&](std::size_t, int) { ++consumed; });
            FAIL("no exception");
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()) == "failed at 40");
        }
        CHECK(consumed == 40); // everything before the failure, nothing after
    }
}

TEST_CASE("thread_count: every core by default, else what is asked", "[util][parallel]") {
    CHECK(galley::util::thread_count(3) == 3);
    CHECK(galley::util::thread_count(0) >= 1);
}
