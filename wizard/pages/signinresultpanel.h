#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

// What SignInXeroPage shows once the sign-in found its organisation: that it was found, then that
// the new sign-in was set on the dataset, and Sign in with another Xero user. The words are the
// page's, handed in, so that they keep the page's translation context.
class SignInResultPanel : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString foundName; // the sentences' accessible names
        QString pushedName;
        QString anotherUserButton;
        QString anotherUserButtonName;
    };

    SignInResultPanel(const Texts &texts, QWidget *parent);

    // The organisation found, the credential not set yet.
    void showFound(const QString &sentence);
    // The credential set on the dataset, under the organisation found.
    void showPushed(const QString &sentence);

    // What the panel says: the organisation found, and the credential set when it was.
    QString text() const;
    QPushButton *anotherUserButton() const { return m_anotherUser; }

signals:
    void anotherUserRequested();

private:
    QLabel *m_found = nullptr;
    QLabel *m_pushed = nullptr;
    QPushButton *m_anotherUser = nullptr;
};
