#!/usr/bin/env bash
# Benchmark: galley on a generated corpus (default 2,000 articles), wall time
# and peak memory; pandoc on the same Markdown for comparison when installed
# (apt-get install pandoc). Not part of the tests: figures go in notes.
#   bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash scripts/setup.sh build
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
python3 bench/generate_corpus.py "$n" "$work/corpus"
size=$(du -sk "$work/corpus" | cut -f1)
echo "corpus: $n articles, ${size} KiB"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    cat "$work/stderr" >&2; return 1; }
  read -r secs kib <"$work/time"
  printf '%-28s %8.2f s  %8d KiB peak RSS\n' "$label" "$secs" "$kib"
}

export SOURCE_DATE_EPOCH=1596585600
measure "galley (EPUB)" ./build-bench/src/galley "$work/corpus" -o "$work/galley.epub"
if command -v pandoc >/dev/null; then
  cat "$work"/corpus/*.md >"$work/all.md"
  measure "pandoc (EPUB, .md only)" pandoc "$work/all.md" --epub-chapter-level=1 -o "$work/pandoc.epub"
  mkdir -p "$work/md-only" && cp "$work"/corpus/*.md "$work"/corpus/book.yaml "$work/md-only/"
  measure "galley (EPUB, .md only)" ./build-bench/src/galley "$work/md-only" -o "$work/galley-md.epub"
fi
ls -l "$work"/*.epub | awk '{print $5, $9}' | sed "s|$work/||"
