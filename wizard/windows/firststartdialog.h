#pragma once

#include <QDialog>
#include <QUrl>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

// Shown on a first start, when no Power BI app registration is configured: connect to the
// user's own Power BI (with the application and directory ids of an app registration and the
// client id of a Xero app, with sentences on how to make them), or explore the built-in sandbox.
// The dialog only returns the choice and the values; the caller writes them where they belong. Open
// it with open() (never a nested event loop) and read it on accepted().
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        ConnectPowerBi,
        ExploreSandbox,
    };

    static QString registrationGuideUrl()
    {
        return QStringLiteral(
            "https://learn.microsoft.com/power-bi/developer/embedded/register-app");
    }

    // The redirect URIs the two app registrations must list: the ones the sign-ins will use
    // (for Xero, the embedded view's and the loopback one of a sign-in that goes on in the web
    // browser).
    FirstStartDialog(const QUrl &microsoftRedirectUri, const QUrl &xeroRedirectUri,
                     const QUrl &xeroLoopbackRedirectUri, QWidget *parent = nullptr);

    Choice choice() const;
    // Trimmed, as typed; meaningful for ConnectPowerBi.
    QString clientId() const;
    // "organizations" when left empty.
    QString tenant() const;
    // The Xero app's client id (Xero has no shared one: each organisation registers its own).
    QString xeroClientId() const;
    // Ticked: the Xero app was created before 2 March 2026 and has only Xero's broad scopes,
    // which the sign-in then asks for; otherwise the granular ones.
    bool xeroAppPredatesGranularScopes() const;

    void setChoice(Choice choice);
    void setClientId(const QString &clientId);
    void setTenant(const QString &tenant);
    void setXeroClientId(const QString &clientId);
    void setXeroAppPredatesGranularScopes(bool older);

    // Empty when the values may be used; else the sentence that says what to correct.
    QString problem() const;

    // "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", braces allowed, case ignored.
    static bool isGuid(const QString &text);
    // A directory id (GUID), a domain (contoso.onmicrosoft.com), "organizations" or "common".
    static bool isTenant(const QString &text);
    // Xero's client ids are 32 letters and digits; 16 to 64 are taken.
    static bool isXeroClientId(const QString &text);
    static QString xeroRegistrationUrl()
    {
        return QStringLiteral("https://developer.xero.com/app/manage");
    }

    // Refused while problem() says something (Enter in a field must not slip past it).
    void accept() override;

private:
    QWidget *buildConnectFields(const QUrl &microsoftRedirectUri, const QUrl &xeroRedirectUri,
                                const QUrl &xeroLoopbackRedirectUri);
    void updateState();

    QButtonGroup *m_choices = nullptr;
    QRadioButton *m_connect = nullptr;
    QRadioButton *m_sandbox = nullptr;
    QWidget *m_connectFields = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_xeroClientId = nullptr;
    QCheckBox *m_olderXeroApp = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
