#pragma once

#include "xeroconnection.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// What SignInXeroPage shows when the organisation name finds none of the organisations a Xero
// sign-in reached, or several: a sentence that says so, the organisations to pick from, Use this
// organisation and Sign in again. The words are the page's, handed in, so that they keep the
// page's translation context.
class OrganisationChoicePanel : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString sentenceName; // the sentence's accessible name
        QString listName;
        QString listLabel; // with its mnemonic
        QString useButton;
        QString useButtonName;
        QString signInAgainButton;
        QString signInAgainButtonName;
        QString orBack; // the way out this panel has no button for
    };

    OrganisationChoicePanel(const Texts &texts, QWidget *parent);

    // The organisations to pick from, the only one already picked, under sentence. With none,
    // only the sentence and Sign in again are left.
    void offer(const QList<XeroConnection> &organisations, const QString &sentence);

    QString sentence() const;
    // The organisation picked: its name is the item's text, its tenant id the Qt::UserRole data.
    // Null when none is.
    const QListWidgetItem *chosen() const;
    QListWidget *organisationList() const { return m_organisations; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *signInAgainButton() const { return m_signInAgain; }

signals:
    // Use this organisation, or an organisation activated in the list.
    void useRequested();
    void signInAgainRequested();

private:
    void fitListToItems();

    QLabel *m_sentence = nullptr;
    QListWidget *m_organisations = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_signInAgain = nullptr;
};
