#pragma once

#include "repairpage.h"

#include <QUrl>

#include <optional>

class DatasetFinder;
class LastingCredentialFlow;
class PowerBiBrowser;
class QLabel;
class QPushButton;
class QWidget;
class WebContent;
class StatusReader;
class ValueLabel;
struct DatasetStatus;

// Step 4 of the documented procedure, done where it lasts: the dataset's settings page of the
// Power BI web app, in the program and signed in with the Microsoft session of step 1. The
// side text walks the user through Microsoft's steps 2 to 4 on that page (Data source
// credentials, Edit credentials, the organisation name of step 3, which the page offers to
// copy, Sign in with Xero); the dialog's pop-up opens as a window of the program. When the
// pop-up reaches Power BI's OAuth redirect page with Xero's code and closes, Power BI holds a
// new sign-in that it renews on its own, and Next opens.
//
// The API push of a temporary credential stays possible, as a choice the user makes with its
// lifetime and the other datasets reading the same data source said first, and only when the
// credential Power BI holds is known broken (or is one this program pushed): pushing replaces
// it.
class EditCredentialsPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    EditCredentialsPage(OperationTracker *operations, LastingCredentialFlow *lasting,
                        StatusReader *status, DatasetFinder *finder, WebContent *webContent,
                        QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    // Null until the page is first shown (the web engine starts then).
    PowerBiBrowser *pageView() const { return m_view; }
    QPushButton *copyNameButton() const { return m_copyName; }
    QPushButton *temporaryButton() const { return m_temporary; }
    QPushButton *confirmTemporaryButton() const { return m_confirmTemporary; }
    // What the page says about the dialog's outcome.
    QString outcome() const;
    bool isLastingGiven() const { return m_given; }

protected:
    bool isReady() const override;
    void retry() override;

private:
    QWidget *createSteps();
    QWidget *createTemporaryChoice();
    void loadStatus();
    void statusLoaded(const DatasetStatus &status);
    void openPowerBiPage();
    void popupEnded(const QUrl &answer);
    void copyOrganisationName();
    void offerTemporary();
    void showTemporaryCost(const QString &sharing);

    LastingCredentialFlow *m_lasting;
    StatusReader *m_status;
    DatasetFinder *m_finder;
    WebContent *m_webContent;
    PowerBiBrowser *m_view = nullptr;
    QWidget *m_viewPlace = nullptr;
    QLabel *m_nameStep = nullptr;
    QPushButton *m_copyName = nullptr;
    ValueLabel *m_outcome = nullptr;
    QPushButton *m_temporary = nullptr;
    QWidget *m_temporaryChoice = nullptr;
    QLabel *m_temporaryText = nullptr;
    QPushButton *m_confirmTemporary = nullptr;
    QString m_xeroSourceKey;
    bool m_given = false;
    bool m_knownBroken = false;
    bool m_alreadyLasting = false;
    bool m_useTemporary = false;
};
