#!/usr/bin/env bash
# Runs inside the private session bus started by run-all.sh: unlocks a fresh gnome-keyring
# (the Secret Service that QtKeychain talks to), runs CTest, and stops the keyring again.
set -euo pipefail

printf %s xra-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$HOME/keyring.log" 2>&1 &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT

for _ in $(seq 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done

ctest --test-dir "$XRA_BUILD_DIR" --output-on-failure --timeout 600 "$@"
