#!/usr/bin/env bash
# Makes sure Chromium is there for the end-to-end tests: Debian's package, or CHROMIUM_PATH.
# As root on Debian it installs the package. Elsewhere it prints what to install and fails.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$browser" ]]; then
  exit 0
fi

if [[ -z "${CHROMIUM_PATH:-}" && "$(id -u)" == 0 ]] && command -v apt-get > /dev/null; then
  echo "Installing Debian's chromium package for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  exit 0
fi

echo "Chromium not found at $browser. Install Debian's chromium package" \
  "(apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
