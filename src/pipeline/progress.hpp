#pragma once
// One progress line on standard error, redrawn in place: stage, done/total,
// elapsed seconds. Shown only when asked for (the command line asks when
// stderr is a terminal and --quiet is not given), and only for long runs:
// more than `min_items` items or longer than a second.

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace galley::pipeline {

class Progress {
  public:
    explicit Progress(bool enabled, std::size_t min_items = 200);
    ~Progress(); // ends a shown line with a newline
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Starts a stage of `total` items. Safe to call from any thread, as is update.
    void stage(const std::string& name, std::size_t total);
    void update(std::size_t done);

  private:
    void draw(bool force); // with mutex_ held

    bool enabled_;
    std::size_t min_items_;
    std::mutex mutex_;
    std::chrono::steady_clock::time_point start_, last_draw_;
    std::string stage_;
    std::size_t total_ = 0, done_ = 0;
    bool shown_ = false;
};

} // namespace galley::pipeline
