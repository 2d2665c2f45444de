#!/usr/bin/env bash
# Command 1: install what is missing, build galley, run it on seeds/ (output
# in out/). Arguments are passed to galley, e.g. scripts/run.sh -o out/x.epub
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
exec ./build/src/galley "$@"
