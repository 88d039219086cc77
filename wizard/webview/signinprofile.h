#pragma once

#include <QObject>
#include <QString>

class QWebEngineProfile;

// The web profile of every sign-in page: persistent, stored under the program's data folder
// (AppDataLocation/webengine), so that a Microsoft or Xero session survives a restart and the
// user is not asked for a password at each repair. Sign out calls clearCookies().
//
// Pages made on this profile must be deleted before it: aboutToBeDestroyed() tells their owners
// when to let them go.
class SignInProfile : public QObject
{
    Q_OBJECT

public:
    explicit SignInProfile(QObject *parent = nullptr);
    ~SignInProfile() override;

    static QString storageName();
    // AppDataLocation + "/webengine": everything the web engine keeps on disk for sign-in.
    static QString storageRoot();

    QWebEngineProfile *webProfile() const { return m_profile; }

    // Forgets every sign-in session: cookies, the HTTP cache and visited links.
    void clearCookies();

Q_SIGNALS:
    void aboutToBeDestroyed();

private:
    QWebEngineProfile *m_profile = nullptr;
};
