#!/usr/bin/env bash
# Installs the CommonMark spec examples (npm package commonmark-spec, 652
# examples in 0.31.2) into build-tools/commonmark-spec (ignored by git), for
# tests/e2e/test_commonmark_spec.py, which builds them as one book. The spec
# text is never committed. Needs the npm registry once; afterwards the tests
# run offline. Does nothing when the package is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

spec_version=0.31.2
dest=build-tools/commonmark-spec
installed="$dest/node_modules/commonmark-spec/package.json"
if [[ -f $installed ]] && grep -q "\"version\": \"$spec_version\"" "$installed"; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  echo "setup-commonmark-spec: installing npm" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

echo "setup-commonmark-spec: installing commonmark-spec@$spec_version into $dest" >&2
mkdir -p "$dest"
npm install --prefix "$dest" --no-audit --no-fund --no-save --loglevel=error \
  "commonmark-spec@$spec_version" >&2
test -f "$dest/node_modules/commonmark-spec/index.js"
