#pragma once

#include "credentialpush.h"
#include "refreshrun.h"
#include "result.h"
#include "utcclock.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class ChosenDataset;
class ChosenOrganisation;
class CredentialRecords;
class OperationTracker;
class PowerBiCaller;
class QTimer;

// Refreshes the chosen dataset: gives Power BI a fresh Xero credential (the credential push),
// starts a refresh and follows it in the history to its end. Every operation keeps
// OperationTracker's contract; without a chosen dataset it fails with
// ChosenDataset::noneChosenError(). cancelAll() stops a push half-way and stops following.
class RefreshRunner : public QObject
{
    Q_OBJECT

public:
    // How long the windows follow a refresh before they stop looking (Power BI goes on with
    // it); the command line's --wait has its own --timeout.
    static constexpr std::chrono::minutes defaultFollowTime{30};

    // All must outlive the runner.
    RefreshRunner(PowerBiCaller *powerBi, OperationTracker *operations, ChosenDataset *chosen,
                  CredentialPush *push, ChosenOrganisation *organisation,
                  CredentialRecords *records, QObject *parent = nullptr);
    ~RefreshRunner() override;

    // "Now" for elapsed times; tests hand in the sandbox's clock.
    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // The first wait between two looks at the history while following a refresh; it doubles
    // up to max.
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);

    // Sets a fresh Xero access token on the dataset's Xero data sources (CredentialPush);
    // false when there is nothing to push (no Xero sign-in stored, or no Xero data source).
    // A dataset that the signed-in user does not own fails with CredentialPush::notOwnerError.
    void pushCredentials(QObject *context, Callback<bool> done);
    // Starts a refresh. When the user chose the temporary credential for this data source
    // (what Power BI holds is one this program pushed), a fresh one is pushed first; nothing is
    // ever pushed over a lasting credential. A failed push (the not-owner error included)
    // starts nothing.
    void startRefresh(QObject *context, Callback<RefreshRun> done);
    // Looks at the history until the refresh ends or `timeout` passes on the runner's clock
    // (then timedOut is set: that is not an error). Emits refreshUpdated at every look. A look
    // that fails for a passing reason (no answer, a 5xx, an unreadable answer) is
    // tried again with back-off: the refresh goes on in Power BI, and starting another would
    // spend the daily limit. The sign-in, permissions, a cancel or a wait asked for beyond the
    // transport's cap end it early.
    void followRefresh(const RefreshRun &run, std::chrono::seconds timeout, QObject *context,
                       Callback<RefreshRun> done);

signals:
    void refreshUpdated(const RefreshRun &run);

private:
    struct Follow;

    void pushXeroCredentials(Callback<bool> done);
    void recordPush(const Datasource &datasource, const QString &tenantId);
    void tellPushStep(CredentialPush::Step step, QObject *pushContext);
    static QString pushStepSentence(CredentialPush::Step step);
    QObject *pushContext();
    bool keepsTemporaryCredential() const;
    void postRefresh(bool credentialsPushed, const QDateTime &requestedAt,
                     Callback<RefreshRun> done);
    void explainDailyLimit(const ApiError &refusal, Callback<RefreshRun> done);
    void pollRefresh();
    void takeLook(const Result<std::optional<Refresh>> &found);
    void scheduleNextPoll();
    void finishFollow(Result<RefreshRun> result);
    void stop();

    PowerBiCaller *m_powerBi;
    OperationTracker *m_operations;
    ChosenDataset *m_chosen;
    QPointer<CredentialPush> m_push;
    ChosenOrganisation *m_organisation;
    CredentialRecords *m_records;
    // The context of the pushes started since the last cancel, which deletes it: a push
    // cancelled meanwhile then sends nothing more and its answers are dropped.
    QObject *m_pushContext = nullptr;
    UtcClock m_clock = systemUtcClock();
    std::chrono::milliseconds m_firstPollInterval{2000};
    std::chrono::milliseconds m_maxPollInterval{30000};
    QTimer *m_pollTimer;
    std::unique_ptr<Follow> m_follow;
};
