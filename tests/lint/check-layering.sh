#!/usr/bin/env bash
# The layering of the product code, checked on its #include lines (the CMake target links are
# checked when the project is configured, at the end of the top-level CMakeLists.txt):
#   services/              no Qt Widgets, Gui or WebEngine header, nothing from wizard/ or app/
#   services/core          only its own headers
#   services/powerbi       core
#   services/keychain      core
#   services/signin        core, powerbi, keychain
#   services/repair        core, powerbi, keychain, signin
#   services/watch         core, powerbi, keychain, signin, repair
#   services/sandbox       only its own headers: it is the other side of the wire
#   wizard/                from services/, the repair layer and the value types, never the
#                          clients, the sign-ins, the keychain or the sandbox
#   wizard/webcontent      only its own headers (what pages ask of a web view, the loader)
#   wizard/webview         webcontent, no services header at all; the only folder that
#                          includes Qt WebEngine (it is a plugin, loaded when a page needs it)
#   wizard/widgets         services, never a page, a window or the web view
#   wizard/pages           widgets, webcontent, services
#   wizard/windows         widgets, services
#   app/                   anything
# A quoted include names a header by its bare name; it is resolved to the folder that holds it
# (the names are unique). Prints each breach as FILE:LINE and exits 1 when there is one.
#   check-layering.sh [SOURCE_DIR [QT_HEADERS_DIR]]
# With QT_HEADERS_DIR (CMake passes Qt's include folder) a class header such as <QLabel> is
# placed in its Qt module by where Qt installs it; without it, a list of common ones is used.
set -euo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
qt_headers=${2:-}
cd "$root"

breaches=0
breach() {
    echo "$1: $2" >&2
    breaches=$((breaches + 1))
}

# ---- where each product header lives ----------------------------------------------------------
declare -A folder_of
while IFS= read -r path; do
    name=${path##*/}
    if [ -n "${folder_of[$name]:-}" ]; then
        breach "$path" "a second header named $name (also in ${folder_of[$name]}): names must be unique"
    fi
    folder_of[$name]=${path%/*}
done < <(find app services wizard -name '*.h' | sort)

# ---- the Qt modules a services file must not use ------------------------------------------------
ui_modules='QtWidgets|QtGui|QtWebEngine[A-Za-z]*|QtOpenGL[A-Za-z]*|QtPrintSupport|QtSvg[A-Za-z]*|QtQuick[A-Za-z]*|QtQml[A-Za-z]*'
declare -A ui_class
if [ -n "$qt_headers" ] && [ -d "$qt_headers/QtWidgets" ]; then
    for module_dir in "$qt_headers"/*; do
        [[ ${module_dir##*/} =~ ^($ui_modules)$ ]] || continue
        for header in "$module_dir"/Q*; do
            [[ $header == *.h ]] || ui_class[${header##*/}]=${module_dir##*/}
        done
    done
else
    for class in QWidget QLabel QDialog QDialogButtonBox QWizard QWizardPage QApplication \
        QGuiApplication QMainWindow QPushButton QAbstractButton QLineEdit QMessageBox QLayout \
        QVBoxLayout QHBoxLayout QFormLayout QGridLayout QIcon QPixmap QImage QColor QFont \
        QPainter QPalette QClipboard QDesktopServices QAction QKeySequence QShortcut; do
        ui_class[$class]=QtWidgets/QtGui
    done
fi

ui_header() {
    local header=$1
    [[ $header =~ ^($ui_modules)(/|$) ]] && return 0
    [[ $header =~ ^QWebEngine ]] && return 0
    [ -n "${ui_class[$header]:-}" ]
}

# ---- what each folder may include -------------------------------------------------------------
services_for_windows='services/core services/powerbi services/keychain services/signin services/repair'
allowed_folders() {
    case $1 in
    services/core) echo "services/core" ;;
    services/powerbi) echo "services/powerbi services/core" ;;
    services/keychain) echo "services/keychain services/core" ;;
    services/signin) echo "services/signin services/core services/powerbi services/keychain" ;;
    services/repair) echo "services/repair services/core services/powerbi services/keychain services/signin" ;;
    services/watch) echo "services/watch services/core services/powerbi services/keychain services/signin services/repair" ;;
    services/sandbox) echo "services/sandbox" ;;
    wizard/webcontent) echo "wizard/webcontent" ;;
    wizard/webview) echo "wizard/webview wizard/webcontent" ;;
    wizard/widgets) echo "wizard/widgets $services_for_windows" ;;
    wizard/pages) echo "wizard/pages wizard/widgets wizard/webcontent $services_for_windows" ;;
    wizard/windows) echo "wizard/windows wizard/widgets $services_for_windows services/watch" ;;
    app) echo "*" ;;
    *) echo "" ;;
    esac
}

# The clients, the sign-ins and the keychain: the repair layer's business, never a window's.
wizard_forbidden='httptransport.h httprequest.h httpresponse.h powerbiclient.h jsonreader.h
    oauthclient.h microsoftsignin.h microsoftaccount.h xerosignin.h xeroaccount.h tokenstore.h
    keychainjob.h credentialpush.h powerbicaller.h'

contains() {
    local word
    for word in $2; do
        [ "$word" = "$1" ] && return 0
    done
    return 1
}

check_include() {
    local file=$1 line=$2 header=$3 quoted=$4
    local folder=${file%/*} name=${header##*/} target allowed
    if [ "$quoted" = no ] && [ -z "${folder_of[$name]:-}" ]; then
        if [[ $folder == services* ]] && ui_header "$header"; then
            breach "$file:$line" "includes <$header> (${ui_class[$header]:-a Qt UI module}): services/ never uses Qt Widgets, Gui or WebEngine"
        elif [ "$folder" != wizard/webview ] && [[ $header =~ ^(QtWebEngine|QWebEngine) ]]; then
            breach "$file:$line" "includes <$header>: only wizard/webview (the plugin) uses Qt WebEngine"
        fi
        return 0
    fi
    target=${folder_of[$name]:-}
    [ -n "$target" ] || return 0 # generated (moc) or not ours
    if [[ $folder == wizard* ]] && contains "$name" "$wizard_forbidden"; then
        breach "$file:$line" "includes \"$name\" ($target): the windows use the repair layer, never the clients, sign-ins or keychain"
        return 0
    fi
    allowed=$(allowed_folders "$folder")
    [ "$allowed" = "*" ] && return 0
    if ! contains "$target" "$allowed"; then
        breach "$file:$line" "includes \"$name\" from $target: $folder may include only from ${allowed// /, }"
    fi
}

# ---- every include of the product code --------------------------------------------------------
include_pattern='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"][^>"]+[>"]'
while IFS= read -r match; do
    file=${match%%:*}
    rest=${match#*:}
    line=${rest%%:*}
    directive=${rest#*:}
    header=${directive#*include}
    header=${header#"${header%%[<\"]*}"}
    quoted=no
    [ "${header:0:1}" = '"' ] && quoted=yes
    header=${header:1}
    header=${header%[>\"]*}
    check_include "$file" "$line" "$header" "$quoted"
done < <(grep -rnoE "$include_pattern" --include='*.h' --include='*.cpp' app services wizard)

if [ "$breaches" -gt 0 ]; then
    echo "$breaches layering breach(es); the rules are at the top of tests/lint/check-layering.sh" >&2
    exit 1
fi
echo "Layering holds: $(find app services wizard \( -name '*.h' -o -name '*.cpp' \) | wc -l) files checked"
