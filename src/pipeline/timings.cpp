#include "pipeline/timings.hpp"

#include <cstdio>

namespace galley::pipeline {

StageTimer::StageTimer(bool enabled)
    : enabled_(enabled), last_(std::chrono::steady_clock::now()) {}

void StageTimer::lap(std::string_view stage) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    print_stage_time(stage, std::chrono::duration<double>(now - last_).count());
    last_ = now;
}

void print_stage_time(std::string_view stage, double seconds) {
    std::fprintf(stderr, "galley: time: %.*s %.3f s\n", static_cast<int>(stage.size()),
                 stage.data(), seconds);
}

} // namespace galley::pipeline
