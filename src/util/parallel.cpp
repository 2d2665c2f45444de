#include "util/parallel.hpp"

#include <algorithm>

namespace galley::util {

unsigned thread_count(unsigned jobs) {
    if (jobs > 0) return jobs;
    // hardware_concurrency() may not know (0): one thread is always right.
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace galley::util
