#!/usr/bin/env bash
# Benchmark: galley (Release build) on generated corpora, for each N (default
# 1000 and 10000): wall, CPU (user+system) and peak RSS for the EPUB, the print
# HTML and both; articles/s and MB/s of input for both; the ratio to Info-ZIP's
# `zip -6` run on the unpacked files of the same EPUB (the floor for the
# compression step), against galley's EPUB step alone (rendering, deflating
# and packaging, from --timings); the ratio to pandoc writing the EPUB of all
# N articles (the .txt files read as Markdown), when pandoc is installed
# (apt-get install pandoc) and N <= PANDOC_MAX (default 1000: pandoc takes
# minutes beyond). Each figure is the median of RUNS (default 3) interleaved
# runs. Not part of the tests.
#   bench/run.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
runs=${RUNS:-3}
pandoc_max=${PANDOC_MAX:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash scripts/setup.sh build
command -v zip >/dev/null || { echo "bench: zip is needed (apt-get install zip)" >&2; exit 1; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
galley=$PWD/build-bench/src/galley
export SOURCE_DATE_EPOCH=1596585600

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# run LABEL COMMAND...: one timed run, appended to $work/LABEL as "wall cpu rss_kib".
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    cat "$work/stderr" >&2; return 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time" >>"$work/$label"
}
# median LABEL COLUMN (1 wall, 2 cpu, 3 rss)
median() {
  cut -d' ' -f"$2" "$work/$1" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}
report() { # LABEL DESCRIPTION
  printf '  %-30s %7.2f s wall %7.2f s CPU %9d KiB peak RSS\n' "$2" \
    "$(median "$1" 1)" "$(median "$1" 2)" "$(median "$1" 3)"
}

# The fixed base for memory growth: galley's peak RSS on a one-article book.
python3 bench/generate_corpus.py 1 "$work/corpus-base" >/dev/null
/usr/bin/time -f "%M" -o "$work/base" "$galley" "$work/corpus-base" -q -o "$work/base.epub" \
  -o "$work/base.html" 2>/dev/null
base_rss=$(cat "$work/base")
declare -A wall_of rss_of

for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  python3 bench/generate_corpus.py "$n" "$corpus"
  bytes=$(cat "$corpus"/*.txt "$corpus"/*.md | wc -c)
  echo
  echo "N = $n articles, $((bytes / 1024)) KiB of input (runs: $runs, medians)"
  out=$work/out-$n
  mkdir -p "$out"
  with_pandoc=false
  if command -v pandoc >/dev/null && ((n <= pandoc_max)); then
    with_pandoc=true
    # Every article, in galley's (name) order; pandoc reads the .txt as Markdown.
    find "$corpus" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | sort | xargs cat >"$work/all-$n.md"
  fi
  rm -f "$work"/{epub,html,both,zip,pandoc,step}
  # Unpack the EPUB galley writes, for zip -6 on the same files.
  "$galley" "$corpus" -q -o "$out/book.epub"
  rm -rf "$out/unpacked" && mkdir "$out/unpacked" && (cd "$out/unpacked" && unzip -q ../book.epub)
  for ((r = 0; r < runs; r++)); do # interleaved: each round runs every command once
    run epub "$galley" "$corpus" -q --timings -o "$out/book.epub"
    # The EPUB step: rendering and deflating the files, packaging, writing.
    awk '/^galley: time: (EPUB files rendered and deflated|EPUB archive|outputs written to temporary files) / {
           t += $(NF - 1) } END { printf "%.3f 0 0\n", t }' "$work/stderr" >>"$work/step"
    run html "$galley" "$corpus" -q -o "$out/book.html"
    run both "$galley" "$corpus" -q -o "$out/book.epub" -o "$out/book.html"
    rm -f "$out/zip6.zip"
    run zip bash -c "cd '$out/unpacked' && zip -q -X -6 -r ../zip6.zip mimetype META-INF EPUB"
    if $with_pandoc; then
      run pandoc pandoc "$work/all-$n.md" --epub-chapter-level=1 -o "$out/pandoc.epub"
    fi
  done
  report epub "galley EPUB"
  report html "galley print HTML"
  report both "galley EPUB + print HTML"
  report zip "zip -6 on the EPUB's files"
  $with_pandoc && report pandoc "pandoc EPUB (all, as Markdown)"
  printf '  %-30s %7.2f s wall\n' "galley EPUB step alone" "$(median step 1)"
  awk -v n="$n" -v b="$bytes" -v t="$(median both 1)" \
    'BEGIN {printf "  EPUB + print HTML: %.0f articles/s, %.1f MB/s\n", n / t, b / 1e6 / t}'
  awk -v g="$(median epub 1)" -v st="$(median step 1)" -v z="$(median zip 1)" \
    -v gs="$(stat -c %s "$out/book.epub")" -v zs="$(stat -c %s "$out/zip6.zip")" \
    'BEGIN {printf "  galley EPUB run / zip -6: %.2f x the time; EPUB step / zip -6: %.2f x the time; %.3f x the size\n", g / z, st / z, gs / zs}'
  awk -v r="$(median both 3)" -v b="$bytes" \
    'BEGIN {printf "  peak RSS / input size (both): %.2f\n", r * 1024 / b}'
  if $with_pandoc; then
    awk -v g="$(median both 1)" -v p="$(median pandoc 1)" \
      'BEGIN {printf "  pandoc EPUB / galley EPUB + print HTML: %.1f x\n", p / g}'
  fi
  wall_of[$n]=$(median both 1)
  rss_of[$n]=$(median both 3)
done

# Linearity between consecutive sizes: time and memory growth (above the
# one-article base) against the growth in articles.
echo
prev=""
for n in "${sizes[@]}"; do
  if [[ -n $prev ]]; then
    awk -v a="$prev" -v b="$n" -v ta="${wall_of[$prev]}" -v tb="${wall_of[$n]}" \
      -v ra="${rss_of[$prev]}" -v rb="${rss_of[$n]}" -v base="$base_rss" \
      'BEGIN {printf "linearity %d -> %d articles (%.1f x): wall %.2f x, RSS above the %d KiB base %.2f x\n",
              a, b, b / a, tb / ta, base, (rb - base) / (ra - base)}'
  fi
  prev=$n
done
