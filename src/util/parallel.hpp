#pragma once
// Work spread over threads with results taken in order, so what is built
// from them does not depend on how the threads ran.

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace galley::util {

// The thread count for `jobs`: jobs itself, or every core when jobs is 0.
unsigned thread_count(unsigned jobs);

// Calls produce(i) for every i in [0, count) on `threads` worker threads and
// hands each result to consume(i, result) on the calling thread, in index
// order. At most `window` results wait to be consumed, so memory stays
// bounded whatever the count. When produce or consume throws, no new item is
// started and the exception of the lowest index is rethrown once the workers
// have stopped: the error reported does not depend on timing either.
template <class Produce, class Consume>
void parallel_ordered(std::size_t count, unsigned threads, Produce&& produce, Consume&& consume,
                      std::size_t window = 0) {
    using Result = std::invoke_result_t<Produce&, std::size_t>;
    if (threads <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            consume(i, produce(i));
        return;
    }
    if (window == 0) window = 8 * std::size_t{threads};

    std::mutex m;
    std::condition_variable ready; // a slot was filled, or the run stops
    std::condition_variable space; // a slot was consumed, or the run stops
    std::vector<std::optional<Result>> slots(count);
    std::size_t next = 0, consumed = 0;
    bool stop = false;
    std::exception_ptr error;
    std::size_t error_index = count;
    auto fail = [&](std::size_t i) { // with m held
        if (i < error_index) {
            error = std::current_exception();
            error_index = i;
        }
        stop = true;
    };

    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(m);
                space.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
                if (stop || next >= count) return;
                i = next++;
            }
            try {
                Result r = produce(i);
                std::lock_guard lock(m);
                slots[i].emplace(std::move(r));
            } catch (...) {
                std::lock_guard lock(m);
                fail(i);
            }
            ready.notify_all();
            space.notify_all(); // a stop must wake the other workers
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(work);

    for (std::size_t i = 0; i < count; ++i) {
        std::optional<Result> r;
        {
            std::unique_lock lock(m);
            ready.wait(lock, [&] { return stop || slots[i].has_value(); });
            if (!slots[i]) break;
            r = std::move(slots[i]);
            slots[i].reset();
            consumed = i + 1;
        }
        space.notify_all();
        try {
            consume(i, std::move(*r));
        } catch (...) {
            std::lock_guard lock(m);
            fail(i);
            break;
        }
    }
    {
        std::lock_guard lock(m);
        stop = true;
    }
    space.notify_all();
    for (std::thread& t : workers)
        t.join();
    if (error) std::rethrow_exception(error);
}

} // namespace galley::util
