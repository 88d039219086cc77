#!/usr/bin/env bash
# The benchmark of issue 15: builds the program if needed (app/build.sh) and the floors (a bare
# QWizard, a trivial Qt console program, in build/bench-floors), then measures the program
# against the standalone sandbox next to its floors and prints the table (bench/bench.py). Not a
# test: figures to read and compare over time. See the README's "Benchmark" section.
#   bench/run.sh [--runs N | --quick] [--only FIGURES] [--budget SECONDS]
# It runs with a throw-away HOME, a private D-Bus session and an unlocked gnome-keyring (as
# tests/run-all.sh does), and under Xvfb (Mesa's software OpenGL) when there is no DISPLAY.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
floors_dir=$build_dir/bench-floors

build_program() {
    if [ -x "$build_dir/app/xero-refresh-assistant" ] && [ -z "${XRA_BENCH_REBUILD:-}" ]; then
        # Up to date or not, an existing build is what is measured; XRA_BENCH_REBUILD=1 builds.
        cmake --build "$build_dir" --target xero-refresh-assistant xero-refresh-sandbox >/dev/null
    else
        "$root/app/build.sh"
    fi
}

build_floors() {
    if [ ! -f "$floors_dir/build.ninja" ]; then
        cmake -S "$root/bench/floors" -B "$floors_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            >/dev/null
    fi
    cmake --build "$floors_dir" >/dev/null
}

# The options for the measuring script, --quick being --runs 3.
script_arguments() {
    local argument
    for argument in "$@"; do
        if [ "$argument" = "--quick" ]; then
            echo "--runs"
            echo "3"
        else
            echo "$argument"
        fi
    done
}

measure() {
    scratch=$(mktemp -d /tmp/xra-bench.XXXXXX)
    # XRA_BENCH_KEEP=1 keeps every process's log (in $scratch/home/logs) to read afterwards.
    if [ -n "${XRA_BENCH_KEEP:-}" ]; then
        echo "logs kept in $scratch/home/logs" >&2
    else
        trap 'rm -rf "$scratch"' EXIT
    fi
    mkdir -m 700 "$scratch/home" "$scratch/runtime"
    export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/runtime
    local command=(python3 "$root/bench/bench.py" --program "$build_dir/app/xero-refresh-assistant"
        --sandbox "$build_dir/app/xero-refresh-sandbox" --floors "$floors_dir")
    mapfile -t options < <(script_arguments "$@")
    command+=("${options[@]}")
    local session=(dbus-run-session -- "$root/tests/keyringsession.sh" unlocked --)
    if [ -n "${DISPLAY:-}" ]; then
        "${session[@]}" "${command[@]}"
    else
        xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
            "${session[@]}" "${command[@]}"
    fi
}

build_program
build_floors
measure "$@"
