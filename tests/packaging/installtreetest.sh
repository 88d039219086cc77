#!/usr/bin/env bash
# install_tree_test: `cmake --install` of the build tree through DESTDIR puts every file a Debian
# desktop needs in the standard places, and the desktop and AppStream validators accept them.
# The program links no Qt WebEngine: its web views are a plugin in its private library folder,
# loaded when a page first shows web content; the installed program finds both.
#   installtreetest.sh <build dir> <application id> <private library dir, relative to the prefix>
set -euo pipefail

usage="usage: installtreetest.sh <build dir> <application id> <private library dir>"
build_dir=${1:?$usage}
app_id=${2:?$usage}
private_libdir=${3:?$usage}
stage=$(mktemp -d /tmp/xra-install-test.XXXXXX)
trap 'rm -rf "$stage"' EXIT

DESTDIR=$stage cmake --install "$build_dir" --prefix /usr >"$stage.log" 2>&1 \
    || { cat "$stage.log" >&2; rm -f "$stage.log"; exit 1; }
rm -f "$stage.log"
usr=$stage/usr

expected=(
    bin/xero-refresh-assistant
    bin/xero-refresh-sandbox
    "$private_libdir/libxra_webcontent.so"
    "$private_libdir/xra_webview_plugin.so"
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/xero-refresh-assistant/translations/xero-refresh-assistant_en.qm
    share/xero-refresh-assistant/translations/xero-refresh-assistant_fr.qm
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for file in "${expected[@]}"; do
    [ -s "$usr/$file" ] || fail "missing or empty: /usr/$file"
done
for program in xero-refresh-assistant xero-refresh-sandbox; do
    [ -x "$usr/bin/$program" ] || fail "not executable: /usr/bin/$program"
done
# Each PNG is the size its folder says (identify is ImageMagick's).
for size in 16 22 24 32 48 64 128 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    actual=$(identify -format '%wx%h' "$png")
    [ "$actual" = "${size}x${size}" ] || fail "$png is $actual, not ${size}x${size}"
done
# Nothing else sneaks in (tests, static libraries, headers).
unexpected=$(cd "$usr" && find . -type f | sed 's|^\./||' | sort \
    | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)
[ -z "$unexpected" ] || fail "unexpected files installed: $unexpected"

echo "desktop-file-validate $app_id.desktop"
desktop-file-validate "$usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
# Its hints (a "hint:" line) are advice, but we keep the file clean of them too.
hints=$(desktop-file-validate "$usr/share/applications/$app_id.desktop" 2>&1 || true)
[ -z "$hints" ] || fail "desktop-file-validate says: $hints"
grep -qx "Icon=$app_id" "$usr/share/applications/$app_id.desktop" || fail "Icon= is not $app_id"

echo "appstreamcli validate --no-net $app_id.metainfo.xml"
appstreamcli validate --no-net "$usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q "<id>$app_id</id>" "$usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo launchable"

# Qt WebEngine is the plugin's alone; the program finds its library through a RUNPATH relative to
# itself, never through a folder of the build tree.
needed() { readelf -dW "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
program=$usr/bin/xero-refresh-assistant
if needed "$program" | grep -q '^libQt6WebEngine'; then
    fail "the program links Qt WebEngine: $(needed "$program" | grep '^libQt6WebEngine' | tr '\n' ' ')"
fi
if needed "$usr/$private_libdir/libxra_webcontent.so" | grep -q '^libQt6WebEngine'; then
    fail "libxra_webcontent.so links Qt WebEngine"
fi
needed "$usr/$private_libdir/xra_webview_plugin.so" | grep -q '^libQt6WebEngineWidgets' ||
    fail "the web view plugin does not link Qt WebEngine Widgets"
runpath=$(readelf -dW "$program" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
[[ "$runpath" == '$ORIGIN/'* ]] || fail "the program's RUNPATH is not relative to it: '$runpath'"
[[ "$runpath" != *"$build_dir"* ]] || fail "the program's RUNPATH names the build tree: $runpath"

# The installed program finds itself: --version from the staged tree.
version=$("$usr/bin/xero-refresh-assistant" --version)
[[ "$version" == "xero-refresh-assistant "[0-9]* ]] || fail "--version printed: $version"

[ "$failures" -eq 0 ] || exit 1
echo "install tree: ${#expected[@]} files, validators clean"
