#!/usr/bin/env bash
# Installs the Debian packages the browser and editor tests need, when missing:
# chromium (route-map rendering and the end-to-end tests), libkrb5-dev (code-server), and
# Emacs with Eglot and yaml-mode (the documented Emacs set-up, test/editors), and LibreOffice
# Writer and pandoc (the Word import fixtures are made with them, and the tests open what we export).
# Idempotent; does nothing when everything is present.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v emacs >/dev/null || missing+=(emacs-nox)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pandoc >/dev/null || missing+=(pandoc)
for package in elpa-eglot elpa-yaml-mode; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "missing Debian packages: ${missing[*]} (install them with: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "installing Debian packages: ${missing[*]}"
$SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
