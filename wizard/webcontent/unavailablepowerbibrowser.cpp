#include "unavailablepowerbibrowser.h"

#include "unavailablesigninbrowser.h"

UnavailablePowerBiBrowser::UnavailablePowerBiBrowser(const QString &message, QWidget *parent)
    : PowerBiBrowser(parent)
    , m_message(message)
{
    UnavailableSignInBrowser::showMessage(message, this);
}

void UnavailablePowerBiBrowser::open(const QUrl &, const QStringList &, const QUrl &)
{
    Q_EMIT failed(m_message);
}

void UnavailablePowerBiBrowser::reload()
{
    Q_EMIT failed(m_message);
}
