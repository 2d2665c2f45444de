#!/usr/bin/env bash
# Command 2: install what is missing, build everything, run every test:
#  1. the test suite (unit tests and the end-to-end tests through epubcheck,
#     WeasyPrint, Chromium and DAISY Ace), in build-test/;
#  2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#     (-DGALLEY_SANITIZE=ON), in build-sanitize/;
#  3. the libFuzzer targets (clang, -DGALLEY_FUZZ=ON), in build-fuzz/, each run
#     for FUZZ_SECONDS (default 30) on its seeds and past findings.
# Any failure, sanitizer report or fuzz finding fails the run. Arguments go to
# ctest. All three stages run by default (CI too: about 40 minutes on two
# cores with ccache warm, see README, "Test time"); GALLEY_TEST_STAGES picks
# some, e.g. "suite" alone (which replays every fuzz seed and regression
# too, as fuzz.replay.*). ccache (installed by setup.sh) is used when
# present, with paths taken relative to this folder, so a second run of the
# same sources on the same machine compiles almost nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
jobs="$(nproc)"
stages="${GALLEY_TEST_STAGES:-suite sanitize fuzz}"
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
start=$SECONDS

stage_time() { echo "test.sh: $1 took $(( (SECONDS - $2) / 60 )) min $(( (SECONDS - $2) % 60 )) s"; }

if [[ " $stages " == *" suite "* ]]; then
  t=$SECONDS
  cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON "${launcher[@]}" >/dev/null
  cmake --build build-test -j"$jobs"
  (cd build-test && ctest -j"$jobs" --output-on-failure "$@")
  stage_time "the test suite" "$t"
fi

if [[ " $stages " == *" sanitize "* ]]; then
  t=$SECONDS
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
        -DGALLEY_SANITIZE=ON "${launcher[@]}" >/dev/null
  cmake --build build-sanitize -j"$jobs"
  # Leaks and undefined behaviour fail the program that meets them; the
  # end-to-end tests see its non-zero exit status.
  (cd build-sanitize &&
     ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     LSAN_OPTIONS="suppressions=$PWD/../tests/lsan.supp:print_suppressions=0" \
     ctest -j"$jobs" --output-on-failure "$@")
  stage_time "the sanitizer build and suite" "$t"
fi

if [[ " $stages " == *" fuzz "* ]]; then
  t=$SECONDS
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DGALLEY_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
  cmake --build build-fuzz -j"$jobs"
  # A fixed seed: the short run of the same code is the same run, so a
  # landing is not decided by chance; the long runs (README) explore.
  FUZZ_SEED="${FUZZ_SEED:-1}" bash tests/fuzz/run.sh build-fuzz "${FUZZ_SECONDS:-30}"
  stage_time "the fuzz build and runs" "$t"
fi
stage_time "everything" "$start"
