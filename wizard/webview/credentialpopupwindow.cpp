#include "credentialpopupwindow.h"

#include "credentialpopuppage.h"

#include <QCloseEvent>
#include <QVBoxLayout>
#include <QWebEngineView>

CredentialPopupWindow::CredentialPopupWindow(CredentialPopupPage *popup, QWidget *parent)
    : QDialog(parent)
    , m_page(popup)
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("credentialPopup"));
    setWindowTitle(tr("Sign in - Power BI"));
    setAccessibleName(tr("Power BI's sign-in window"));
    popup->setParent(this);
    m_view->setPage(popup);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // The size Power BI asks for (980 x 640), within the screen.
    resize(980, 640);
    connect(popup, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        if (!title.isEmpty())
            setWindowTitle(title);
    });
    connect(popup, &QWebEnginePage::windowCloseRequested, this, &CredentialPopupWindow::close);
}

void CredentialPopupWindow::closeEvent(QCloseEvent *event)
{
    end();
    QDialog::closeEvent(event);
}

void CredentialPopupWindow::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(m_page->answer());
    deleteLater();
}
