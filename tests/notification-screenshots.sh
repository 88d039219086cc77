#!/usr/bin/env bash
# Takes a picture of the watch's desktop notification, drawn by a real notification server
# (notification-daemon) on a throw-away X display, in English and in French:
# resources/screenshots/<language>/20-notification.png, next to the program's other pictures.
# Not run in CI. Installs what is missing; runs with a throw-away HOME, display and session bus.
#
#   tests/notification-screenshots.sh           # the real program's `watch` command
#   tests/notification-screenshots.sh --demo    # a notification sent with gdbus (proves the set-up)
#
# XRA_NOTIFICATION_COMMAND replaces the command that shows the notification; it is evaluated with
# $lang set to en or fr, and should keep the notification up (and its buttons live) for a while.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export XRA_BUILD_DIR=${XRA_BUILD_DIR:-$root/build}
picture=${XRA_NOTIFICATION_PICTURE:-20-notification.png}
default_command='"$XRA_BUILD_DIR/app/xero-refresh-assistant" watch --sandbox --dataset Xero --lang "$lang" --action-wait 15'
if [[ ${1:-} == --demo ]]; then
    default_command='demo_notification "$lang"'
fi
export XRA_NOTIFICATION_COMMAND=${XRA_NOTIFICATION_COMMAND:-$default_command}

need() { command -v "$1" >/dev/null 2>&1; }
daemon_path() {
    local candidate
    for candidate in /usr/libexec/notification-daemon /usr/lib/notification-daemon/notification-daemon; do
        [[ -x $candidate ]] && { echo "$candidate"; return; }
    done
}
missing=()
[[ -n $(daemon_path) ]] || missing+=(notification-daemon)
need xdotool || missing+=(xdotool)
need Xvfb || missing+=(xvfb)
need import || missing+=(imagemagick)
need gdbus || missing+=(libglib2.0-bin)
need dbus-run-session || missing+=(dbus)
if ((${#missing[@]})); then
    apt-get install -y "${missing[@]}"
fi
export XRA_NOTIFICATION_DAEMON=$(daemon_path)

scratch=$(mktemp -d /tmp/xra-notification-screenshots.XXXXXX)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

# Runs inside the private session bus: the server, the command, then the picture.
inside_session() {
    local lang=$1 output=$2 daemon_pid sender_pid window geometry
    "$XRA_NOTIFICATION_DAEMON" & daemon_pid=$!
    for _ in $(seq 100); do
        gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
            --method org.freedesktop.DBus.NameHasOwner org.freedesktop.Notifications \
            | grep -q true && break
        sleep 0.1
    done
    eval "$XRA_NOTIFICATION_COMMAND" & sender_pid=$!
    # The popup is a window named "Notification"; wait until it is drawn.
    window=$(timeout 30 xdotool search --sync --onlyvisible --name '^Notification$' | head -n 1)
    sleep 1 # the fade-in
    eval "$(xdotool getwindowgeometry --shell "$window")"
    geometry="${WIDTH}x${HEIGHT}+${X}+${Y}"
    import -window root "$scratch/root-$lang.png"
    convert "$scratch/root-$lang.png" -crop "$geometry" +repage "$output"
    kill "$sender_pid" "$daemon_pid" 2>/dev/null || true
    wait "$sender_pid" 2>/dev/null || true
}

# A notification like the watch's, sent straight over D-Bus (for --demo).
demo_notification() {
    local summary body fix details
    if [[ $1 == fr ]]; then
        summary='Ventes 2026 : l’actualisation a échoué'
        body='La connexion Xero a expiré. Réparez-la avant la prochaine actualisation (06:00).'
        fix='Réparer' details='Détails'
    else
        summary='Sales 2026: the refresh failed'
        body='The Xero sign-in has expired. Repair it before the next refresh (06:00).'
        fix='Repair' details='Details'
    fi
    gdbus call --session --dest org.freedesktop.Notifications \
        --object-path /org/freedesktop/Notifications \
        --method org.freedesktop.Notifications.Notify \
        'Xero Refresh Assistant' 0 dialog-error "$summary" "$body" \
        "[\"fix\", \"$fix\", \"details\", \"$details\"]" \
        '{"urgency": <byte 2>, "category": <"transfer.error">}' 'int32 -1' >/dev/null
    sleep 15
}
export -f inside_session demo_notification

for lang in en fr; do
    output=$root/resources/screenshots/$lang
    mkdir -p "$output"
    mkdir -m 700 -p "$scratch/$lang/home" "$scratch/$lang/runtime"
    # A free display, chosen by the server itself.
    Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$scratch/display" & xvfb_pid=$!
    for _ in $(seq 100); do [[ -s $scratch/display ]] && break; sleep 0.1; done
    HOME=$scratch/$lang/home XDG_RUNTIME_DIR=$scratch/$lang/runtime \
    XDG_CONFIG_HOME=$scratch/$lang/home/.config \
    XDG_DATA_HOME=$scratch/$lang/home/.local/share \
    XDG_CACHE_HOME=$scratch/$lang/home/.cache \
    DISPLAY=:$(cat "$scratch/display") LC_ALL=C.UTF-8 LANGUAGE=$lang scratch=$scratch \
        dbus-run-session -- bash -c 'inside_session "$@"' _ "$lang" "$output/$picture"
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=
    echo "Notification picture: $output/$picture"
done
