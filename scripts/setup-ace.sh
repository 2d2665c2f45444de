#!/usr/bin/env bash
# Installs DAISY Ace, the EPUB accessibility checker the tests run
# (tests/e2e/test_accessibility.py), into build-tools/ace (ignored by git).
# Ace drives a browser through puppeteer: it uses Debian's chromium, so
# puppeteer's own browser download is skipped. Needs the npm registry once;
# afterwards the tests run offline. Does nothing when Ace is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

ace_version=1.4.6
dest=build-tools/ace
installed="$dest/node_modules/@daisy/ace-cli/package.json"
if [[ -f $installed ]] && grep -q "\"version\": \"$ace_version\"" "$installed" &&
   command -v chromium >/dev/null; then
  exit 0
fi

pkgs=(chromium)
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  echo "setup-ace: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "setup-ace: note: Ace $ace_version declares Node >= 20, this is Node $node_major" >&2
fi

echo "setup-ace: installing @daisy/ace-cli@$ace_version into $dest" >&2
mkdir -p "$dest"
PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
  npm install --prefix "$dest" --no-audit --no-fund --no-save --loglevel=error \
  "@daisy/ace-cli@$ace_version" >&2
test -f "$dest/node_modules/@daisy/ace-cli/bin/ace.js"
