#!/usr/bin/env bash
# The browser tests drive Debian's chromium. Install it when it is missing and we may (root with
# apt-get, as on CI and the project's machines); otherwise say what to install.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "the browser tests need chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
  exit 1
fi
