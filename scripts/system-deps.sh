#!/bin/sh
# Installs the Debian/Ubuntu packages Feder needs, only those that are missing.
# Runs apt-get directly as root, through sudo otherwise; with neither it names the
# packages and stops, so `make` never fails with a cryptic loader error later.
set -eu

# hugo and jekyll: the export tests build the Markdown exports with the real sites.
# A "a|b" entry means: whichever of these the distribution has (names differ
# between Debian 12 and Ubuntu 24.04).
WANTED="
python3-venv
libenchant-2-2
hunspell-de-de hunspell-de-at hunspell-de-ch hunspell-en-us hunspell-en-gb
libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxcb-xinerama0
libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libxshmfence1
libasound2|libasound2t64
xvfb xauth
desktop-file-utils appstream
hugo jekyll
"
# With arguments, installs those packages instead (e.g. `make test-wordpress`).
if [ "$#" -gt 0 ]; then WANTED="$*"; fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# python3-venv only matters when the interpreter cannot make a venv by itself
# (pyenv or a self-built Python can).
needs_python_venv() {
    python3 -c 'import ensurepip, venv' >/dev/null 2>&1 && return 1 || return 0
}

missing=""
for entry in $WANTED; do
    if [ "$entry" = python3-venv ] && ! needs_python_venv; then
        continue
    fi
    found=""
    for alt in $(echo "$entry" | tr '|' ' '); do
        if installed "$alt"; then found=yes; break; fi
    done
    [ -n "$found" ] && continue
    missing="$missing $entry"
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
else
    echo "Feder needs these system packages:$missing" | tr '|' '/' >&2
    echo "Install them with: sudo apt-get install$(echo "$missing" | sed 's/|[^ ]*//g')" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Resolve alternatives now that the package lists are fresh.
resolved=""
for entry in $missing; do
    for alt in $(echo "$entry" | tr '|' ' '); do
        if apt-cache show "$alt" >/dev/null 2>&1; then resolved="$resolved $alt"; break; fi
    done
done
echo "Installing system packages:$resolved"
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $resolved
