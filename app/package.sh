#!/usr/bin/env bash
# Builds the Debian package: installs what is missing and builds ./build (app/build.sh), then
# CPack turns the install tree into build/xero-refresh-assistant_<version>_<arch>.deb, with its
# dependencies computed by dpkg-shlibdeps (cmake/debianpackage.cmake). Install the result with
#   sudo apt install ./build/xero-refresh-assistant_*.deb
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${XRA_BUILD_DIR:-$root/build}
"$root/app/build.sh"
(cd "$build_dir" && cpack --config CPackConfig.cmake -G DEB)
ls "$build_dir"/xero-refresh-assistant_*.deb
