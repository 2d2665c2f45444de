#pragma once
// --timings: the wall time of each stage on standard error, one line each
// ("galley: time: reading 2.41 s"), for bench/run.sh and for finding where
// a long run goes. Off, it measures nothing and prints nothing.

#include <chrono>
#include <string_view>

namespace galley::pipeline {

class StageTimer {
  public:
    explicit StageTimer(bool enabled);

    // Prints the time since the previous lap (or since the timer was made)
    // as `stage`'s.
    void lap(std::string_view stage);

  private:
    bool enabled_;
    std::chrono::steady_clock::time_point last_;
};

// Prints one stage's time measured elsewhere (on a thread of its own).
void print_stage_time(std::string_view stage, double seconds);

} // namespace galley::pipeline
