#!/usr/bin/env bash
# Installs the Debian 12 packages galley needs, only those missing.
#   scripts/setup.sh build   compilers and libraries
#   scripts/setup.sh test    the above plus the validators the tests call, the
#                            fonts they need (Persian: fonts-noto-core) and
#                            DAISY Ace (scripts/setup-ace.sh)
set -euo pipefail

build_pkgs=(g++ cmake make pkg-config libzip-dev libtinyxml2-dev catch2
            libyaml-cpp-dev libcli11-dev libssl-dev
            libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev nlohmann-json3-dev libdeflate-dev
            libqpdf-dev libqrencode-dev librsvg2-dev libgdk-pixbuf-2.0-dev libcairo2-dev)
# Print tests: WeasyPrint and Chromium render, poppler-utils reads the PDFs
# back, html5lib checks the HTML; the fonts print.css names (it falls back to
# generic families without them), Noto also for Persian/Arabic and Hebrew.
# zbar-tools decodes the QR codes we print; clang and its runtime build the
# libFuzzer targets; ccache lets the three builds of scripts/test.sh (and a
# rerun on the same machine) reuse what was compiled before. WeasyPrint
# hyphenates with pyphen, which reads the patterns in /usr/share/hyphen and
# hyphenates nothing in a language without them: weasyprint brings only
# hyphen-en-us, so the other languages galley labels that have patterns
# (fa, ar and ur are not hyphenated) come here; test_hyphenation.py prints German.
test_pkgs=(python3 epubcheck default-jre-headless weasyprint poppler-utils python3-html5lib
           hyphen-fr hyphen-de hyphen-es hyphen-it hyphen-ru
           chromium fonts-noto-core fonts-liberation2 fonts-dejavu-core
           zbar-tools clang-14 libclang-rt-14-dev ccache)

want=("${build_pkgs[@]}")
if [[ "${1:-build}" == test ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Ace comes from the npm registry: without it the accessibility test skips
# (and says why) rather than failing the whole run.
if [[ "${1:-build}" == test ]]; then
  bash "$(dirname "$0")/setup-ace.sh" ||
    echo "setup: DAISY Ace could not be installed; tests/e2e/test_accessibility.py will skip" >&2
  # The CommonMark spec's examples, for the spec-as-one-book test.
  bash "$(dirname "$0")/setup-commonmark-spec.sh" ||
    echo "setup: commonmark-spec could not be installed; tests/e2e/test_commonmark_spec.py will skip" >&2
fi
