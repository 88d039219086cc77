#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

AppTranslations::AppTranslations(QObject *parent)
    : QObject(parent)
{}

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
    if (m_program.load(QStringLiteral(":/i18n/xero-refresh-assistant_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_program);
    if (m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language));
    return true;
}
