#!/usr/bin/env bash
# The test suites that start no Chromium, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in ./build-asan and run headless as tests/run-all.sh runs them.
# Any memory error, leak or undefined behaviour stops the test it happens in, which fails.
# Not part of CI: it is a second full build (see the README, "Sanitizers", for how long).
#   tests/run-sanitized.sh [CTest arguments]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export XRA_BUILD_DIR=${XRA_SANITIZED_BUILD_DIR:-$root/build-asan}

# g++'s "undefined" leaves out float-cast-overflow (a double out of an integer's range, such as
# a huge number in an answer), which clang's includes: asked for by name. -U_FORTIFY_SOURCE:
# glibc's checked copies would see some overflows before ASan, with less to say about them. The
# fuzz targets are left out: they have sanitizers of their own.
sanitizers="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all"
sanitizers+=" -fno-omit-frame-pointer"
"$root/app/build.sh" -DXRA_WERROR=ON -DXRA_FUZZ=OFF \
    "-DCMAKE_CXX_FLAGS=$sanitizers -U_FORTIFY_SOURCE" \
    "-DCMAKE_EXE_LINKER_FLAGS=$sanitizers" "-DCMAKE_SHARED_LINKER_FLAGS=$sanitizers"

# Stop at the first error, with the stack; leaks are checked when each test program ends.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# With a display at hand (the test display), Qt's offscreen platform loads Mesa's GLX driver,
# which leaks 128 bytes and is unloaded before LeakSanitizer looks: a leak with no name to
# suppress it by. No suite here draws with OpenGL, so the platform goes without GLX.
export QT_QPA_OFFSCREEN_NO_GLX=1

exec "$root/tests/run-all.sh" -LE "webengine|e2e|packaging" "$@"
