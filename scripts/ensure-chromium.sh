#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium through playwright-core (`npx playwright install` needs a download host
# this project does not rely on). Installs it when missing and we may; otherwise says what to run.
set -euo pipefail

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi

install_cmd='apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'
echo "Chromium not found at $CHROMIUM_PATH; the e2e tests need it." >&2

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here. Install Chromium with your package manager and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian's chromium package..." >&2
  bash -c "$install_cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "Installing Debian's chromium package with sudo..." >&2
  sudo -n bash -c "$install_cmd"
else
  echo "Run this once, then re-run the tests:" >&2
  echo "  sudo bash -c '$install_cmd'" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Installed the chromium package, but $CHROMIUM_PATH is still missing; set CHROMIUM_PATH." >&2
  exit 1
fi
