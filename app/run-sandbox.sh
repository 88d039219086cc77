#!/usr/bin/env bash
# Installs what is missing, builds, and starts the program against the built-in sandbox:
# everything runs offline on 127.0.0.1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
"$root/app/build.sh"

# Chromium (behind the embedded sign-in view) refuses to start as root with its sandbox on.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$build_dir/app/xero-refresh-assistant" --sandbox "$@"
