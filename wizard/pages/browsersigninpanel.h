#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

// What SignInXeroPage shows when Xero's page sent the user to a sign-in that refuses embedded
// browsers (Google, Apple): first the offer, a sentence with Continue in my web browser and
// Cancel; then, while the browser's answer is awaited, a sentence with Open the web browser
// again. The words are the page's, handed in, so that they keep the page's translation context.
class BrowserSignInPanel : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString sentenceName; // the sentence's accessible name
        QString continueButton;
        QString continueButtonName;
        QString openAgainButton;
        QString openAgainButtonName;
        QString cancelButton;
        QString cancelButtonName;
    };

    BrowserSignInPanel(const Texts &texts, QWidget *parent);

    // The offer: sentence, Continue in my web browser and Cancel.
    void showOffer(const QString &sentence);
    // Going on in the browser: sentence and Open the web browser again.
    void showWaiting(const QString &sentence);

    QString sentence() const;
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *openAgainButton() const { return m_openAgain; }

signals:
    void continueRequested();
    void openAgainRequested();
    void cancelRequested();

private:
    QLabel *m_sentence = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_openAgain = nullptr;
    QPushButton *m_cancel = nullptr;
};
