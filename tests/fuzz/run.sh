#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 45) and fails on any finding:
#   bash tests/fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]
# BUILD_DIR was configured with -DGALLEY_FUZZ=ON. New corpus entries and
# findings go to BUILD_DIR/fuzz-run/<target>/; the committed seeds
# (tests/fuzz/corpus/<target>) and past findings (tests/fuzz/regressions/
# <target>) are read, never written. Limits: 1 s of CPU time per input
# (fuzz_support.hpp CpuBudget; -timeout, wall-clock, catches hangs), inputs up to
# 64 KiB, 2 GiB of memory; a leak, crash, timeout or out-of-memory is a
# finding. Prints executions per target. FUZZ_SEED, when set, fixes
# libFuzzer's random seed (scripts/test.sh sets it, so that CI's short runs
# of the same code are the same runs); unset, each run is new.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
seconds="${2:-45}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text markdown metadata credits html_subset markdown_html pipeline css svg)

seed=()
[ -n "${FUZZ_SEED:-}" ] && seed=(-seed="$FUZZ_SEED")

failed=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$t"
  work="$build/fuzz-run/$t"
  mkdir -p "$work/corpus"
  dirs=("$work/corpus" "$here/corpus/$t")
  [ -d "$here/regressions/$t" ] && dirs+=("$here/regressions/$t")
  log="$work/log.txt"
  if "$bin" "${seed[@]}" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-60}" -max_len=65536 -rss_limit_mb=2048 \
       -print_final_stats=1 -dict="$here/$t.dict" -artifact_prefix="$work/" \
       "${dirs[@]}" >"$log" 2>&1; then
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    echo "fuzz $t: ${execs} executions in ${seconds} s, no finding"
  else
    echo "fuzz $t: FINDING (log: $log)"
    grep -E 'ERROR|finding|SUMMARY|Test unit written' "$log" | head -20 || true
    failed=1
  fi
done
exit "$failed"
