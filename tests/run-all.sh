#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless. It starts what the
# tests need and stops it afterwards: a virtual display (Xvfb), a private D-Bus session and an
# unlocked gnome-keyring daemon, all with a throw-away HOME so that nothing of the real user's
# settings or keychain is read or written.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
# The tests build with warnings as errors: the compiler here is the one the project is tested with.
"$root/app/build.sh" -DXRA_WERROR=ON

scratch=$(mktemp -d /tmp/xra-tests.XXXXXX)
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT
mkdir -m 700 "$scratch/home" "$scratch/runtime"

export HOME=$scratch/home
export XDG_RUNTIME_DIR=$scratch/runtime
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export QTWEBENGINE_DISABLE_SANDBOX=1
export LC_ALL=C.UTF-8

# One test per core: the suites are independent (each has its own sandbox on free ports, its own
# settings and keychain names), and most of their time is waiting on Chromium or a clock.
# XRA_TEST_JOBS=1 runs them one after the other.
jobs=${XRA_TEST_JOBS:-$(nproc)}

# xvfb-run picks a free display and stops the server when the command ends; dbus-run-session
# does the same for the session bus; keyringsession.sh starts an unlocked gnome-keyring (the
# Secret Service that QtKeychain talks to) inside it, runs CTest, and stops the keyring.
xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
    dbus-run-session -- "$root/tests/keyringsession.sh" unlocked -- \
    ctest --test-dir "$build_dir" --output-on-failure --timeout 600 --parallel "$jobs" "$@"
