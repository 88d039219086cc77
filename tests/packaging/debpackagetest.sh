#!/usr/bin/env bash
# deb_package_test: CPack turns the existing build tree into a .deb that holds the program, the
# menu entry, the icons, the metainfo and the translations under /usr, and that depends on what
# the program loads at run time besides the libraries it links (libsecret through QtKeychain,
# the Qt platform plugins, the web engine's process).
#   debpackagetest.sh <build dir> <application id>
set -euo pipefail

build_dir=${1:?usage: debpackagetest.sh <build dir> <application id>}
app_id=${2:?usage: debpackagetest.sh <build dir> <application id>}
out=$(mktemp -d /tmp/xra-deb-test.XXXXXX)
trap 'rm -rf "$out"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log" >&2; exit 1; }
debs=("$out"/xero-refresh-assistant_*.deb)
[ -f "${debs[0]}" ] || { echo "FAIL: no .deb in $out" >&2; ls "$out" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for file in \
    ./usr/bin/xero-refresh-assistant \
    ./usr/bin/xero-refresh-sandbox \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/share/xero-refresh-assistant/translations/xero-refresh-assistant_en.qm \
    ./usr/share/xero-refresh-assistant/translations/xero-refresh-assistant_fr.qm; do
    grep -qxF "$file" <<<"$contents" || fail "not in the package: $file"
done
for size in 16 22 24 32 48 64 128 256; do
    file=./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    grep -qxF "$file" <<<"$contents" || fail "not in the package: $file"
done
# Only /usr: nothing in /etc, /opt or /usr/local that removal could leave behind.
outside=$(grep -v '^\./usr/\|^\./$\|^\./usr/$' <<<"$contents" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
if grep -q '^\./usr/local' <<<"$contents"; then fail "files under /usr/local"; fi
# No maintainer scripts: nothing is written at install time that removal would have to undo.
dpkg-deb -e "$deb" "$out/control"
for script in preinst postinst prerm postrm; do
    [ ! -e "$out/control/$script" ] || fail "maintainer script $script"
done

[ "$(dpkg-deb -f "$deb" Package)" = xero-refresh-assistant ] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
has_dependency() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qx "$1"; }
# Run time, not seen by dpkg-shlibdeps; then a few it must have found in the executables.
for package in libsecret-1-0 qt6-qpa-plugins libqt6webenginecore6-bin \
    libqt6core6 libqt6widgets6 libqt6webenginewidgets6 libqt6keychain1 libqt6httpserver6; do
    has_dependency "$package" || fail "Depends lacks $package"
done
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "no Description"
[ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "no Section"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"

[ "$failures" -eq 0 ] || exit 1
echo "package: contents and dependencies as expected"
