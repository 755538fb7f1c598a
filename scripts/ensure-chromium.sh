#!/usr/bin/env bash
# Debian's Chromium for the explorer's browser test (driven by playwright-core, which downloads
# no browser). Installs the `chromium` package when it is missing; prints the executable.
set -euo pipefail
bin=${PLACEGRAPH_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$bin" ]; then
  [ "$(id -u)" = 0 ] || { echo "Chromium is not installed at $bin and this user cannot install it (needs root): apt-get install chromium" >&2; exit 1; }
  echo "Installing Debian's chromium package..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi
echo "$bin"
