#!/usr/bin/env bash
# Installs what is missing, builds, and starts the program against the built-in sandbox:
# everything runs offline on 127.0.0.1. The sandbox is kept between starts, so running this
# again reopens what you left (the status window and Refresh now once a repair is done);
#   app/run-sandbox.sh --sandbox-reset    starts it over from the broken dataset.
# Other arguments go to the program (--lang fr).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
"$root/app/build.sh"

program=("$build_dir/app/xero-refresh-assistant" --sandbox "$@")

# Installing packages needed root; the program runs as the user who called sudo, so that the
# kept sandbox (settings, and sign-ins in the user's own keychain) is theirs and found again.
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    runtime=/run/user/$(id -u "$SUDO_USER")
    environment=()
    for name in DISPLAY WAYLAND_DISPLAY XAUTHORITY LANG LANGUAGE LC_ALL; do
        [ -n "${!name:-}" ] && environment+=("$name=${!name}")
    done
    if [ -d "$runtime" ]; then
        environment+=("XDG_RUNTIME_DIR=$runtime")
        [ -S "$runtime/bus" ] && environment+=("DBUS_SESSION_BUS_ADDRESS=unix:path=$runtime/bus")
    fi
    exec runuser -u "$SUDO_USER" -- env "${environment[@]}" "${program[@]}"
fi

# Chromium (behind the embedded sign-in view) refuses to start as root with its sandbox on.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "${program[@]}"
