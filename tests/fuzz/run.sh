#!/usr/bin/env bash
# Fuzzes for longer than CI does: each target (all of them, or those named) for SECONDS
# (default 300), from its seeds in tests/fuzz/corpus/ and from what earlier runs found, which
# the build keeps in tests/fuzz/found/. Builds the fuzzers first (incrementally). A target that
# fails leaves its input in tests/fuzz/artifacts/ of the build; the others still run.
#   tests/fuzz/run.sh [SECONDS [TARGET...]]       (targets: tests/fuzz/targets.cmake)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
seconds=${1:-300}
shift || true

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n '/^set(XRA_FUZZ_TARGETS/,/^)/{/^ /p}' "$here/targets.cmake" |
        tr -d ' ')
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "No build in $build_dir: run app/build.sh first (or set XRA_BUILD_DIR)." >&2
    exit 1
fi
cmake --build "$build_dir" --target xra_fuzzers

failed=()
for target in "${targets[@]}"; do
    echo "== fuzz_$target, $seconds s"
    bash "$here/run-one.sh" "$build_dir/tests/fuzz/targets/fuzz_$target" "$here/corpus/$target" \
        "$build_dir/tests/fuzz/found/$target" "$build_dir/tests/fuzz/artifacts" "$seconds" ||
        failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]} (inputs in $build_dir/tests/fuzz/artifacts)" >&2
    exit 1
fi
echo "No crash, leak or undefined behaviour in ${#targets[@]} targets."
