#pragma once

#include "credentialpush.h"
#include "datasetcatalogue.h"
#include "datasetchoice.h"
#include "datasetselection.h"
#include "datasetstatus.h"
#include "endpoints.h"
#include "microsoftaccount.h"
#include "oauthtokens.h"
#include "powerbiclient.h"
#include "refreshrun.h"
#include "refreshschedule.h"
#include "refreshschedulechange.h"
#include "result.h"
#include "xeroaccount.h"
#include "xerosignin.h"
#include "xerosigninoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

// The one object that the wizard's pages and the command line both drive: it chooses the
// dataset, reads its status, history and schedule, changes the schedule, and starts and
// follows a refresh, through the Power BI client, with the Microsoft account's token
// (MicrosoftAccount::call: renewed once when the service says it expired) and, before a
// refresh, a fresh Xero credential.
//
// It also runs the interactive sign-ins for the wizard's pages, which never touch the sign-in
// classes themselves: the page shows begin...SignIn()'s URL in the embedded view and hands the
// caught redirect to complete...SignIn().
//
// Every operation follows the project's pattern (context + Callback); progress and state
// changes come as signals. cancel() stops whatever runs: those callbacks get
// ApiError::cancelled. Nothing here waits: no nested event loop, timers only.
class RepairSession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // What the user named: an id or a name for each, empty for "choose for me".
    struct DatasetSpec
    {
        QString workspace;
        QString dataset;
    };

    // client is the one account calls with; both must outlive the session.
    RepairSession(PowerBiClient *client, MicrosoftAccount *account, QObject *parent = nullptr);
    ~RepairSession() override;

    // Optional: the credential push to run before a refresh, for the organisation (tenant id)
    // chosen at the Xero sign-in. Without it, or without a tenant id (nobody signed in to
    // Xero through this program), nothing is pushed. push must outlive the session.
    void setCredentialPush(CredentialPush *push, const QString &xeroTenantId);
    // Optional: where the chosen dataset is remembered ("dataset/workspaceId", "dataset/id",
    // "dataset/workspaceName", "dataset/name"). Without it nothing is remembered.
    // The sign-ins also remember the Power BI account (microsoftAccountSettingsKey()) and the
    // Xero organisation (XeroAccount::tenantIdSettingsKey()) there.
    void setSettings(QSettings *settings) { m_settings = settings; }
    // Optional: the cloud's Power BI web page, for links the user follows by hand.
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    // Optional, for interactive sign-ins: the Microsoft sign-in that the session's account
    // renews its token with. Without it the Microsoft entry points fail. Must outlive the
    // session.
    void setMicrosoftSignIn(MicrosoftSignIn *signIn) { m_microsoftSignIn = signIn; }
    // Optional, for interactive sign-ins: the Xero sign-in and the account that keeps the grant
    // of the chosen organisation (the credential push's XeroAccount). Without them the Xero
    // entry points fail. Both must outlive the session.
    void setXeroSignIn(XeroSignIn *signIn, XeroAccount *account);
    // "Now" for today's refresh count and for elapsed times; tests hand in the sandbox clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The first wait between two looks at the history while following a refresh; it doubles
    // up to maxPollInterval.
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);

    // A service principal has no My workspace and may only use NoNotification.
    bool isServicePrincipal() const;
    bool isBusy() const { return !m_cancellers.isEmpty(); }
    QDateTime now() const { return m_clock(); }

    // Workspaces the account can see: My workspace first, unless a service principal.
    void loadWorkspaces(QObject *context, Callback<QList<Workspace>> done);
    // Datasets of those workspaces. detectXero: ask for the data sources of every dataset
    // whose name does not already say Xero (one call each), so that isXero is exact.
    void loadCatalogue(const QList<Workspace> &workspaces, bool detectXero, QObject *context,
                       Callback<DatasetCatalogue> done);
    // Every workspace with its datasets, isXero exact.
    void loadFullCatalogue(QObject *context, Callback<DatasetCatalogue> done);

    // Chooses the dataset: the one named (id or name, in the named workspace if any); else the
    // remembered one; else the only Xero candidate. The found one becomes selected().
    void selectDataset(const DatasetSpec &spec, QObject *context, Callback<DatasetSelection> done);
    void select(const DatasetChoice &choice);
    DatasetChoice selected() const { return m_selected; }
    // The selected dataset's settings in the Power BI web page (where a sign-in entered by hand
    // lasts longer than the program's 30-minute credential).
    QUrl selectedDatasetSettingsPage() const;
    // Keeps the selected dataset in the settings, for the next start.
    void rememberSelected();
    // The remembered dataset, if any.
    std::optional<DatasetRef> remembered() const;

    // Operations on the selected dataset:
    void loadStatus(QObject *context, Callback<DatasetStatus> done);
    // top: how many entries, newest first (passed as $top).
    void loadHistory(int top, QObject *context, Callback<QList<Refresh>> done);
    void loadSchedule(QObject *context, Callback<RefreshSchedule> done);
    // The rules the service would apply, for the selected dataset's capacity. Empty: valid.
    QList<RefreshScheduleChange::Issue>
    checkScheduleChange(const RefreshScheduleChange &change) const;
    // Validates first (an invalid change sends nothing and fails with the code
    // "InvalidScheduleChange" and the issues' sentences); service principals always send
    // NoNotification; then PATCH and read back.
    void changeSchedule(RefreshScheduleChange change, QObject *context,
                        Callback<RefreshSchedule> done);
    // Makes the signed-in account the dataset's owner (workspace datasets only); the selected
    // dataset's configuredBy follows.
    void takeOver(QObject *context, Callback<Done> done);
    // Sets a fresh Xero access token on the dataset's Xero data sources (CredentialPush);
    // false when there is nothing to push (no Xero sign-in stored, or no Xero data source).
    // A dataset that the signed-in user does not own fails with CredentialPush::notOwnerError.
    void pushCredentials(QObject *context, Callback<bool> done);
    // Pushes a fresh Xero credential (when a Xero sign-in is stored), then starts a refresh.
    // A failed push (the not-owner error included) starts nothing.
    void startRefresh(QObject *context, Callback<RefreshRun> done);
    // Looks at the history until the refresh ends or `timeout` passes on the session's clock
    // (then timedOut is set: that is not an error). Emits refreshUpdated at every look.
    void followRefresh(const RefreshRun &run, std::chrono::seconds timeout, QObject *context,
                       Callback<RefreshRun> done);

    // ---- Power BI sign-in (the embedded view) ----
    // The settings key of the signed-in Power BI account's name (no secret); the command line
    // signs in silently as this account.
    static QString microsoftAccountSettingsKey() { return QStringLiteral("microsoft/account"); }
    // Starts a new attempt (a previous one is dropped): the authorize URL to load. Empty when no
    // Microsoft sign-in is set.
    QUrl beginMicrosoftSignIn();
    // The URL the view catches (never loads) and hands to completeMicrosoftSignIn.
    QUrl microsoftRedirectUri() const;
    // Where the sign-in pages may go ("host", or "host:port" for a root with a port). Outside
    // the sandbox, Microsoft's other sign-in hosts too (personal accounts, the alternative
    // authority names, the sign-in pages' own content hosts), so that a real tenant's sign-in
    // is not sent to the system browser half-way.
    QStringList microsoftSignInHosts() const;
    // The Power BI account the session calls with (a user, or a service principal).
    bool isSignedIn() const;
    // preferred_username (e.g. alex@contoso.example); empty when signed out.
    QString signedInAccountName() const;
    // The person's name as the sign-in gave it; may be empty (a silent start, a principal).
    QString signedInDisplayName() const;
    // Checks the caught redirect, exchanges the code, makes the account the session's (its
    // refresh token saved) and remembers its name in the settings. A redirect that is not the
    // answer to the attempt under way (wrong state, used twice) is refused.
    void completeMicrosoftSignIn(const QUrl &redirect, QObject *context, Callback<Done> done);
    // Signs the account out: its stored refresh token removed, its name forgotten in the
    // settings; signedOut() follows.
    void signOut(QObject *context, Callback<Done> done);

    // ---- Xero sign-in (the embedded view) ----
    QUrl beginXeroSignIn();
    QUrl xeroRedirectUri() const;
    QStringList xeroSignInHosts() const;
    // Checks the caught redirect, exchanges the code and finds organisationName among the
    // organisations the sign-in granted. Exactly one: its grant is kept, it becomes the
    // organisation the credential push uses and it is remembered in the settings. None or
    // several: the grant waits in memory for chooseXeroOrganisation with one of the candidates.
    void completeXeroSignIn(const QUrl &redirect, const QString &organisationName, QObject *context,
                            Callback<XeroSignInOutcome> done);
    // The user picked tenantId among the candidates of the last Xero sign-in: as for exactly one
    // match above. Without a waiting sign-in, or for an organisation it did not grant: refused.
    void chooseXeroOrganisation(const QString &tenantId, QObject *context, Callback<Done> done);
    // The organisation whose grant the credential push uses; empty when none is chosen.
    QString xeroTenantId() const { return m_xeroTenantId; }
    // When that organisation's stored grant dies unless it is used before (invalid if unknown).
    QDateTime grantExpiresAt() const;
    // The settings key of the name of the Xero organisation last chosen (a plain name, no
    // secret): Configure Xero offers it again.
    static QString xeroOrganisationNameSettingsKey()
    {
        return QStringLiteral("xero/organisationName");
    }
    // The name of the Xero organisation last chosen, here or at an earlier start; empty if none.
    // (The Xero connector's data source carries no organisation name to offer instead: its
    // connection details hold only kind and path, both "Xero".)
    QString lastXeroOrganisationName() const;

    // Stops every operation in progress; their callbacks get ApiError::cancelled.
    void cancel();

signals:
    // A Power BI account signed in (here, or silently at start): pages showing a sign-in
    // switch to the account.
    void signedIn();
    // The Power BI account signed out (here or elsewhere): the embedded view's web profile
    // clears its cookies on it, so the next sign-in does not reuse the old session.
    void signedOut();
    void busyChanged(bool busy);
    void selectionChanged(const DatasetChoice &choice);
    // What the session is doing now, in one plain sentence.
    void progress(const QString &sentence);
    void refreshUpdated(const RefreshRun &run);

private:
    struct Follow;

    template<typename T> Callback<T> track(QObject *context, Callback<T> done);
    template<typename T>
    void authorised(std::function<void(Callback<T>)> operation, Callback<T> done);
    void fetchWorkspaces(Callback<QList<Workspace>> done);
    void fetchCatalogue(const QList<Workspace> &workspaces, bool detectXero,
                        Callback<DatasetCatalogue> done);
    void detectXeroSources(QList<DatasetChoice> datasets, Callback<QList<DatasetChoice>> done);
    void resolveSelection(const DatasetSpec &spec, const QList<Workspace> &workspaces,
                          Callback<DatasetSelection> done);
    DatasetStatus composeStatus(const QList<Refresh> &history, const RefreshSchedule &schedule,
                                const QList<Datasource> &datasources) const;
    void noteNewOwner();
    // Takes the dataset as just read into the selection, if it is still the one selected.
    void refreshSelectedDataset(const DatasetRef &ref, const Dataset &dataset);
    void pushXeroCredentials(Callback<bool> done);
    void tellPushStep(CredentialPush::Step step, QObject *pushContext);
    static QString pushStepSentence(CredentialPush::Step step);
    QObject *pushContext();
    void postRefresh(bool credentialsPushed, const QDateTime &requestedAt,
                     Callback<RefreshRun> done);
    void pollRefresh();
    void takeLook(const Result<std::optional<Refresh>> &found);
    void scheduleNextPoll();
    void finishFollow(Result<RefreshRun> result);
    void setBusy(bool wasBusy);
    static ApiError noDatasetSelected();
    void adoptMicrosoftSignIn(const OAuthTokens &tokens, Callback<Done> done);
    void matchXeroOrganisation(const OAuthTokens &tokens, const QString &organisationName,
                               Callback<XeroSignInOutcome> done);
    void adoptXeroGrant(const XeroConnection &organisation, const OAuthTokens &tokens,
                        Callback<Done> done);
    void useXeroOrganisation(const XeroConnection &organisation);
    void forgetPreviousXeroGrant(const QString &previousTenantId, const QString &tenantId,
                                 Callback<Done> done);
    void forgetPendingXeroSignIn();
    static ApiError signInNotSetUp(ApiError::Service service);

    QPointer<PowerBiClient> m_client;
    QPointer<MicrosoftAccount> m_account;
    QPointer<CredentialPush> m_credentialPush;
    QString m_xeroTenantId;
    QString m_xeroOrganisationName;
    QMetaObject::Connection m_pushSteps;
    // The context of the pushes started since the last cancel(), which deletes it: a push
    // cancelled meanwhile then sends nothing more and its answers are dropped.
    QObject *m_pushContext = nullptr;
    QPointer<QSettings> m_settings;
    Endpoints m_endpoints = Endpoints::preset(Endpoints::Cloud::Public);
    QPointer<MicrosoftSignIn> m_microsoftSignIn;
    QPointer<XeroSignIn> m_xeroSignIn;
    QPointer<XeroAccount> m_xeroAccount;
    // A Xero sign-in whose organisation the user has still to pick: memory only, never stored,
    // since a grant must be kept under the one organisation it is used for.
    std::optional<OAuthTokens> m_pendingXeroGrant;
    QList<XeroConnection> m_pendingXeroCandidates;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    std::chrono::milliseconds m_firstPollInterval{2000};
    std::chrono::milliseconds m_maxPollInterval{30000};
    DatasetChoice m_selected;
    quint64 m_nextOperation = 0;
    // Incremented by cancel(): steps of an operation started before it stop there.
    quint64 m_generation = 0;
    QHash<quint64, std::function<void()>> m_cancellers;
    QTimer *m_pollTimer = nullptr;
    std::unique_ptr<Follow> m_follow;
};
