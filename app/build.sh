#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need (only those missing), then
# configures and builds the project in ./build. Safe to run again: the second run only
# rebuilds what changed.
#   app/build.sh [-DNAME=VALUE ...]
# Arguments are CMake settings (tests/run-all.sh passes -DXRA_WERROR=ON); CMake runs again only
# when one of them differs from what the build already has. Without arguments the build keeps
# its settings (a new build gets the defaults: warnings are not errors).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libssl-dev libgtest-dev libgmock-dev libxkbcommon-dev libvulkan-dev libgl-dev
    # running the tests headless: a display, a session bus and a keyring
    xvfb xauth dbus dbus-bin gnome-keyring libsecret-tools
    # the end-to-end test and the screenshots: keyboard and mouse at the display, screen grabs,
    # and the accessibility bus it reads the program's widgets through
    xdotool imagemagick at-spi2-core
    # the install and package tests and app/package.sh: the validators, the .deb's library scan
    desktop-file-utils appstream dpkg-dev file
    # the lint tests: the format check over the tracked sources (the hardening test uses binutils,
    # which g++ brings)
    clang-format git
    # the fuzz tests: clang with its libFuzzer and sanitizer runtimes
    clang libclang-rt-dev
    # the benchmark (bench/run.sh): its measuring script
    python3
)

missing_packages() {
    local package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || echo "$package"
    done
}

install_missing_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "These packages are missing; run this command as root or with sudo:" $missing >&2
        exit 1
    fi
    echo "Installing:" $missing
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# True when a -DNAME=VALUE (or -DNAME:TYPE=VALUE) differs from the build's CMakeCache.txt.
setting_changed() {
    local setting=${1#-D} name
    name=${setting%%=*}
    name=${name%%:*}
    [ "$(sed -n "s/^$name:[A-Z]*=//p" "$build_dir/CMakeCache.txt")" != "${setting#*=}" ]
}

needs_configure() {
    local setting
    for setting in "$@"; do
        setting_changed "$setting" && return 0
    done
    return 1
}

install_missing_packages
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif needs_configure "$@"; then
    cmake -S "$root" -B "$build_dir" "$@"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
