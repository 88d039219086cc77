# `cpack -G DEB` (or app/package.sh) turns the install tree into xero-refresh-assistant_*.deb.
# dpkg-shlibdeps finds the libraries the executables link; the rest are things loaded at run time
# that no linker sees: QtKeychain opens libsecret with dlopen, and Qt loads its platform plugins
# (xcb, and wayland when there is one). Qt WebEngine's page process (QtWebEngineProcess, in
# libqt6webenginecore6-bin) comes through the shlibs of libqt6webenginecore6, which name it;
# tests/packaging/debpackagetest.sh checks that it stays so.
# Nothing is written outside the package's own files (no maintainer scripts): the icon cache and
# the menu are refreshed by the dpkg triggers of hicolor-icon-theme and desktop-file-utils, so
# removing the package leaves only the user's settings and keychain entries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME xero-refresh-assistant)
set(CPACK_PACKAGE_VENDOR "The Xero Refresh Assistant developers")
set(CPACK_PACKAGE_CONTACT "The Xero Refresh Assistant developers <xerorefreshassistant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${XRA_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug information stays in the build tree; the package is for running.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description (CPack puts the summary above it and indents it for dpkg).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A Power BI dataset that loads from Xero stops refreshing when the Xero sign-in
behind it expires. This program walks Microsoft's documented repair as a
wizard, does each step through the Power BI and Xero APIs, explains failures in
plain words (English and French) and keeps tokens in the system keychain. A
built-in sandbox (xero-refresh-sandbox) lets you try it offline.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
# gnome-keyring is the Secret Service the tokens go to; without one the program
# still runs, with tokens in memory only. qt6-wayland for Wayland sessions (xcb works on both).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland")
include(CPack)
