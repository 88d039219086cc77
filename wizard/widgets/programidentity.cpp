#include "programidentity.h"

#include <QDir>

QString ProgramIdentity::applicationId()
{
    return QStringLiteral(XRA_APP_ID);
}

QIcon ProgramIdentity::icon()
{
    // One folder per size ("16x16", ...), as wizard/CMakeLists.txt compiles them in.
    const QDir icons(QStringLiteral(":/icons"));
    QIcon icon;
    for (const QString &size : icons.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        icon.addFile(
            icons.filePath(size + QLatin1Char('/') + applicationId() + QStringLiteral(".png")));
    return icon;
}

QUrl ProgramIdentity::homepage()
{
    return QUrl(QStringLiteral(XRA_HOMEPAGE_URL));
}

QUrl ProgramIdentity::sandboxDocumentation()
{
    QUrl url = homepage();
    url.setFragment(QStringLiteral("the-built-in-sandbox"));
    return url;
}

QUrl ProgramIdentity::licence()
{
    QUrl url = homepage();
    url.setPath(url.path() + QStringLiteral("/blob/main/LICENSE"));
    return url;
}
