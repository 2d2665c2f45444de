#!/usr/bin/env bash
# Command 2: install what is missing, build everything, run every test
# (unit tests and the end-to-end tests through epubcheck).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest -j"$(nproc)" --output-on-failure "$@"
