#!/usr/bin/env bash
# Every C++ source of the project formatted as .clang-format says: lists each file that is not,
# with clang-format's own diagnostics, and exits 1. Fix with `clang-format -i FILE...`.
#   check-format.sh [SOURCE_DIR]
# In a git checkout the files are the tracked ones and the new ones not ignored; otherwise (a
# source tarball) the C++ files under the source folders.
set -euo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$root"

if ! command -v clang-format >/dev/null; then
    echo "clang-format is missing: app/build.sh installs it (the clang-format package)" >&2
    exit 1
fi

# safe.directory: CI runs as root in a checkout that another user may own.
list_sources() {
    if git -c safe.directory="$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -c safe.directory="$root" ls-files --cached --others --exclude-standard -- \
            '*.cpp' '*.h'
    else
        find app services wizard tests -name '*.cpp' -o -name '*.h'
    fi
}

sources=()
while IFS= read -r file; do
    [ -f "$file" ] && sources+=("$file") # a file deleted but not yet committed is skipped
done < <(list_sources | sort -u)

if ! clang-format --dry-run --Werror "${sources[@]}"; then
    echo "Not formatted as .clang-format says; fix with: clang-format -i FILE..." >&2
    exit 1
fi
echo "Formatted as .clang-format says: ${#sources[@]} files checked"
