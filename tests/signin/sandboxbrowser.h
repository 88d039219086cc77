#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QStringList>
#include <QUrl>

// Plays the user at the sandbox's sign-in pages the way a browser would, over plain HTTP on
// loopback: GET the authorize page, post its form back with the sandbox user, and give the
// Location of the final 302 (the redirect the embedded view would catch). Redirects are not
// followed. Test code only: it waits with the event loop.
class SandboxBrowser
{
public:
    enum class Choice
    {
        SignIn,
        Cancel,
    };

    // The redirect the Microsoft sign-in page ends with (empty URL if it did not redirect).
    QUrl microsoftSignIn(const QUrl &authorizeUrl, Choice choice = Choice::SignIn);
    // The redirect after signing in and consenting for tenantIds on the Xero pages.
    QUrl xeroSignIn(const QUrl &authorizeUrl, const QStringList &tenantIds,
                    Choice choice = Choice::SignIn);

    // The last page or answer body, to explain a failure.
    QByteArray lastBody() const { return m_lastBody; }

private:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    using Fields = QList<QPair<QString, QString>>;

    Page get(const QUrl &url);
    Page post(const QUrl &url, const Fields &fields);
    static QUrl formAction(const QUrl &page, const QByteArray &html);

    QNetworkAccessManager m_network;
    QByteArray m_lastBody;
};
