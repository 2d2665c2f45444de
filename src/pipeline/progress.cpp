#include "pipeline/progress.hpp"

#include <cstdio>

namespace galley::pipeline {

using Clock = std::chrono::steady_clock;

Progress::Progress(bool enabled, std::size_t min_items)
    : enabled_(enabled), min_items_(min_items), start_(Clock::now()) {}

Progress::~Progress() {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    if (shown_) {
        done_ = total_;
        draw(true);
        std::fputc('\n', stderr);
    }
}

void Progress::stage(const std::string& name, std::size_t total) {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    if (shown_) draw(true); // the last stage's final count
    stage_ = name;
    total_ = total;
    done_ = 0;
    draw(false);
}

void Progress::update(std::size_t done) {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    done_ = done;
    draw(false);
}

void Progress::draw(bool force) {
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (!shown_ && total_ <= min_items_ && elapsed < 1.0) return;
    // A terminal redrawn ten times a second is enough to read.
    if (!force && shown_ && now - last_draw_ < std::chrono::milliseconds(100) && done_ != total_)
        return;
    last_draw_ = now;
    shown_ = true;
    // \r back to the line's start, \033[K clears what a longer line left.
    std::fprintf(stderr, "\r\033[Kgalley: %s %zu/%zu, %.1f s", stage_.c_str(), done_, total_,
                 elapsed);
    std::fflush(stderr);
}

} // namespace galley::pipeline
