#pragma once

#include <QDialog>
#include <QUrl>

class CredentialPopupPage;
class QWebEngineView;

// The window of Power BI's credential pop-up: a small window over the program, as a browser
// shows it. It closes when the page closes itself (the OAuth redirect page does, once it has
// handed Xero's answer to Power BI's page) or when the user closes it; ended() then says which
// redirect page, if any, the pop-up reached.
class CredentialPopupWindow : public QDialog
{
    Q_OBJECT

public:
    // Takes popup over.
    CredentialPopupWindow(CredentialPopupPage *popup, QWidget *parent = nullptr);

    CredentialPopupPage *page() const { return m_page; }
    QWebEngineView *webView() const { return m_view; }

Q_SIGNALS:
    // The window closed; answer is the OAuth redirect URL reached, empty if none.
    void ended(const QUrl &answer);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void end();

    CredentialPopupPage *m_page;
    QWebEngineView *m_view;
    bool m_ended = false;
};
