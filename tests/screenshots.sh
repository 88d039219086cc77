#!/usr/bin/env bash
# Takes a picture of every step of the real program, walked against the sandbox by the
# end-to-end test (and of the temporary way's finish and status window and of the watch's
# switch, from their widget suites; and of the watch's desktop notification, by
# notification-screenshots.sh), in English and in French: resources/screenshots/<language>/NN-step.png, the
# pictures the README shows. Installs what is missing and builds first, like run-all.sh, and
# runs with a throw-away HOME, display, session bus and keyring.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
"$root/app/build.sh"

scratch=$(mktemp -d /tmp/xra-screenshots.XXXXXX)
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

for language in en fr; do
    output=$root/resources/screenshots/$language
    rm -rf "$output"
    mkdir -p "$output"
    mkdir -m 700 -p "$scratch/$language/home" "$scratch/$language/runtime"
    HOME=$scratch/$language/home XDG_RUNTIME_DIR=$scratch/$language/runtime \
    XDG_CONFIG_HOME=$scratch/$language/home/.config \
    XDG_DATA_HOME=$scratch/$language/home/.local/share \
    XDG_CACHE_HOME=$scratch/$language/home/.cache \
    QTWEBENGINE_DISABLE_SANDBOX=1 LC_ALL=C.UTF-8 \
    XRA_TEST_LANG=$language XRA_SCREENSHOT_DIR=$output \
        xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
        dbus-run-session -- "$root/tests/keyringsession.sh" unlocked -- \
        "$build_dir/tests/e2e/program_walkthrough_test"
    # The temporary way's finish and status window, and the watch's switch, from their widget
    # suites.
    for test in "wizard/finishpage_test *AfterATemporaryCredential*" \
                "wizard/statuswindow_test *ATemporaryCredentialIsShown*:WatchPanelTest.*"; do
        read -r suite filter <<< "$test"
        HOME=$scratch/$language/home XDG_RUNTIME_DIR=$scratch/$language/runtime \
        XDG_CONFIG_HOME=$scratch/$language/home/.config \
        XDG_DATA_HOME=$scratch/$language/home/.local/share \
        XDG_CACHE_HOME=$scratch/$language/home/.cache \
        QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 LC_ALL=C.UTF-8 \
        XRA_TEST_LANG=$language XRA_SCREENSHOT_DIR=$output \
            "$build_dir/tests/$suite" --gtest_filter="$filter"
    done
    echo "Screenshots in $output"
done
XRA_BUILD_DIR=$build_dir "$root/tests/notification-screenshots.sh"
