#include "unavailablesigninbrowser.h"

#include <QDesktopServices>
#include <QLabel>
#include <QVBoxLayout>

UnavailableSignInBrowser::UnavailableSignInBrowser(const QString &message, QWidget *parent)
    : SignInBrowser(parent)
    , m_message(message)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    showMessage(message, this);
}

// The page cannot be shown here: the same sign-in can still go on in the system browser, for a
// page that offers it (Xero's), as for a provider that refuses embedded views.
void UnavailableSignInBrowser::start(const QUrl &authorizeUrl, const QUrl &, const QStringList &,
                                     const QStringList &)
{
    m_authorizeUrl = authorizeUrl;
    Q_EMIT failed(m_message);
    Q_EMIT browserOnlyPageReached(authorizeUrl);
}

void UnavailableSignInBrowser::setExternalOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void UnavailableSignInBrowser::openInBrowser(const QUrl &url)
{
    m_opener(url);
}

void UnavailableSignInBrowser::retry()
{
    start(m_authorizeUrl, {}, {}, {});
}

void UnavailableSignInBrowser::cancel()
{
    Q_EMIT cancelled();
}

QLabel *UnavailableSignInBrowser::showMessage(const QString &message, QWidget *widget)
{
    auto *label = new QLabel(message, widget);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(label);
    return label;
}
