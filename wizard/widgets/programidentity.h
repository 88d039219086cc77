#pragma once

#include <QIcon>
#include <QString>
#include <QUrl>

// Who the program is on the desktop and on the web, in one place: the application id that names
// its .desktop file, icon and metainfo (so that docks and task bars match windows to the menu
// entry), the icon the windows show, and the links the About box gives. The values come from the
// top-level CMakeLists.txt, which also writes them into the installed files.
class ProgramIdentity
{
public:
    static QString applicationId();
    // The program's icon, every pixel size compiled in (no SVG plugin needed at run time).
    static QIcon icon();
    static QUrl homepage();
    // The README's section on the built-in sandbox.
    static QUrl sandboxDocumentation();
    static QUrl licence();
};
