#!/usr/bin/env bash
# The executables we ship are built hardened, as Debian's own packages are: a position-independent
# executable (so that address randomisation covers it), full RELRO (the relocations resolved at
# start, then read-only), a stack protector and glibc's checked functions (_FORTIFY_SOURCE).
# Read from the built files with binutils' readelf; no compiler flag is trusted.
# _FORTIFY_SOURCE leaves a trace only where a call's buffer size is known at compile time (a
# __*_chk import); an executable may have no such call (the assistant's copies are of Qt and
# standard library buffers), so that one is checked across the executables: the definition is set
# for every object of the project at once (the top-level CMakeLists.txt).
# The shared library and the web view plugin the program loads are held to the same.
#   hardeningtest.sh EXECUTABLE_OR_LIBRARY...
set -euo pipefail

failures=0
fail() {
    echo "FAIL: $1" >&2
    failures=$((failures + 1))
}

fortified=()
check_executable() {
    local file=$1 name=${1##*/} dynamic imports checked before=$failures
    [ -f "$file" ] || {
        fail "$name: no such file ($file)"
        return
    }
    # Libraries and plugins are position-independent by nature; so must the executables be.
    readelf -hW "$file" | grep -qE '^[[:space:]]*Type:[[:space:]]+DYN' ||
        fail "$name is not position-independent (ELF type is not DYN)"
    dynamic=$(readelf -dW "$file")
    grep -qE '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*[[:space:]]NOW' <<<"$dynamic" ||
        fail "$name resolves its symbols lazily (no BIND_NOW: link with -z now)"
    readelf -lW "$file" | grep -qE '^[[:space:]]*GNU_RELRO' ||
        fail "$name has no GNU_RELRO segment (link with -z relro)"
    imports=$(readelf --dyn-syms -W "$file" | awk '$7 == "UND" { sub(/@.*/, "", $8); print $8 }')
    grep -qx '__stack_chk_fail' <<<"$imports" ||
        fail "$name does not use the stack protector (no __stack_chk_fail)"
    checked=$(grep -E '^__[a-z0-9_]+_chk$' <<<"$imports" | grep -vx '__stack_chk_fail' | sort -u |
        tr '\n' ' ') || true
    checked=${checked% }
    [ -z "$checked" ] || fortified+=("$name")
    [ "$failures" -eq "$before" ] || return 0
    echo "$name: PIE, full RELRO, stack protector; glibc's checked functions: ${checked:-none (no call whose size is known when compiled)}"
}

[ "$#" -gt 0 ] || {
    echo "usage: $0 EXECUTABLE..." >&2
    exit 2
}
for executable in "$@"; do
    check_executable "$executable"
done
[ "${#fortified[@]}" -gt 0 ] ||
    fail "no executable uses glibc's checked functions (no __*_chk import): _FORTIFY_SOURCE is off"
exit $((failures > 0))
