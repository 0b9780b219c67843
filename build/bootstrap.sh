#!/usr/bin/env bash
# Set up kindergarten-desktop on a fresh Debian/Ubuntu machine, in ./.venv.
#   bash build/bootstrap.sh          the app and its runtime dependencies
#   bash build/bootstrap.sh --test   the same plus the test tools (pytest, pytest-qt, ...)
# Installs the system libraries Qt needs on a bare machine (needs root or sudo), then
# creates .venv and installs the project into it (editable, so translations and
# resources are read from the checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt's xcb/offscreen platforms and fonts: EGL/GL, xkbcommon, fontconfig, dbus, glib.
# poppler-utils gives pdftoppm/pdftotext for looking at reports; xvfb for screenshots.
PKGS="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core"
[ -n "$extras" ] && PKGS="$PKGS poppler-utils"
if command -v apt-get >/dev/null 2>&1; then
  missing=$(for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".$extras"
echo "kindergarten-desktop installed in $(pwd)/.venv"
