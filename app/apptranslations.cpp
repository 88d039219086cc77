#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

AppTranslations::AppTranslations(QObject *parent)
    : AppTranslations(installedDirectory(), parent)
{}

AppTranslations::AppTranslations(const QString &installedDirectory, QObject *parent)
    : QObject(parent)
    , m_installedDirectory(installedDirectory)
{}

QString AppTranslations::installedDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(XRA_TRANSLATIONS_RELATIVE_DIR));
}

bool AppTranslations::isSupported(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("fr");
}

QString AppTranslations::systemLanguage()
{
    const QString language = QLocale::languageToCode(QLocale::system().language());
    return isSupported(language) ? language : QStringLiteral("en");
}

bool AppTranslations::install(const QString &language)
{
    if (!isSupported(language))
        return false;
    const QString file = QStringLiteral("xero-refresh-assistant_%1.qm").arg(language);
    if (m_program.load(file, m_installedDirectory) ||
        m_program.load(file, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_program);
    if (m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language));
    return true;
}
