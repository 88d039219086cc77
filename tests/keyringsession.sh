#!/usr/bin/env bash
# Runs a command in the current session bus (the caller starts a private one with
# dbus-run-session) next to a gnome-keyring daemon in the state a keychain test needs, then
# stops the daemon. Uses $HOME as the keyring's home, so callers pass a throw-away one.
#   keyringsession.sh unlocked -- command...  the "login" keyring, created if needed, unlocked
#   keyringsession.sh locked -- command...    started without a password: an existing "login"
#                                             keyring stays locked; with none, the first write
#                                             asks (through a prompt) to create one
set -euo pipefail

mode=${1:?usage: keyringsession.sh unlocked|locked -- command...}
shift
[ "${1:-}" = "--" ] && shift

case "$mode" in
unlocked)
    printf %s xra-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$HOME/keyring.log" 2>&1 &
    ;;
locked)
    gnome-keyring-daemon --foreground --components=secrets </dev/null >"$HOME/keyring.log" 2>&1 &
    ;;
*)
    echo "keyringsession.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT

# Wait until the daemon owns the Secret Service name, so that no call starts a second daemon
# through D-Bus activation.
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; then
        "$@"
        exit $?
    fi
    sleep 0.1
done
echo "keyringsession.sh: gnome-keyring-daemon did not take org.freedesktop.secrets" >&2
cat "$HOME/keyring.log" >&2 || true
exit 3
