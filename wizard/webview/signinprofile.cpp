#include "signinprofile.h"

#include "signinlogging.h"

#include <QLocale>
#include <QStandardPaths>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>

// The language the pages should use: the program's, then English.
static QByteArray acceptLanguage()
{
    const QString name = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (name == QStringLiteral("C") || name.startsWith(QStringLiteral("en")))
        return QByteArrayLiteral("en");
    return name.toLatin1() + QByteArrayLiteral(",en;q=0.8");
}

SignInProfile::SignInProfile(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(storageName(), this))
{
    const QString root = storageRoot();
    m_profile->setPersistentStoragePath(root + QStringLiteral("/storage"));
    m_profile->setCachePath(root + QStringLiteral("/cache"));
    m_profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    // Session cookies are kept too: identity providers keep the signed-in session in them, and
    // the point of this profile is that the session survives a restart.
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    m_profile->setHttpAcceptLanguage(QString::fromLatin1(acceptLanguage()));
    m_profile->setSpellCheckEnabled(false);
}

SignInProfile::~SignInProfile()
{
    // Owners of pages drop them now, while the web profile still exists.
    Q_EMIT aboutToBeDestroyed();
}

QString SignInProfile::storageName()
{
    return QStringLiteral("sign-in");
}

QString SignInProfile::storageRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/webengine");
}

void SignInProfile::clearCookies()
{
    qCInfo(lcSignInView) << "Clearing the sign-in cookies, cache and visited links";
    m_profile->cookieStore()->deleteAllCookies();
    m_profile->clearHttpCache();
    m_profile->clearAllVisitedLinks();
}
