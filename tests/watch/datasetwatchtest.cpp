#include "datasetwatch.h"
#include "desktopnotifier.h"
#include "microsoftaccount.h"
#include "oauthtokens.h"
#include "repairsession.h"
#include "sandboxscenario.h"
#include "sandboxstack.h"
#include "watchmemory.h"
#include "xeroaccount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace {

// The desktop, as the watch sees it: what it was asked to show, and the user's clicks.
class RecordingNotifier : public DesktopNotifier
{
public:
    void notify(const DesktopNotification &notification, QObject *context,
                Callback<ShownNotification> done) override
    {
        if (failure) {
            QTimer::singleShot(0, context, [done, error = *failure] { done(error); });
            return;
        }
        shown.append(notification);
        const ShownNotification answer{nextId++, withActions};
        ids.append(answer.id);
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
    }

    void click(uint id, const QString &action) { emit actionInvoked(id, action); }
    void close(uint id) { emit closed(id); }

    QList<DesktopNotification> shown;
    QList<uint> ids;
    bool withActions = true;
    std::optional<ApiError> failure;
    uint nextId = 41;
};

class DatasetWatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(stack.start()) << sandbox.errorString().toStdString();
        ASSERT_TRUE(stack.signInAsSandboxUser().ok());
        if (withXeroGrant) {
            const Result<Done> grant = stack.storeXeroGrant();
            ASSERT_TRUE(grant.ok()) << grant.error().technicalDetails().toStdString();
        }
        const Result<DatasetSelection> chosen = stack.chooseXeroDataset();
        ASSERT_TRUE(chosen.ok() && chosen.value().isFound());
        memory = std::make_unique<WatchMemory>(stack.settings());
        watch = std::make_unique<DatasetWatch>(session(), stack.services()->xeroAccount(),
                                               &notifier, memory.get());
        watch->setClock([this] { return sandbox.now(); });
    }

    void TearDown() override { watch.reset(); }

    RepairSession *session() const { return stack.session(); }

    WatchReport check()
    {
        const Result<WatchReport> report = stack.await<WatchReport>(
            [&](QObject *context, Callback<WatchReport> done) { watch->check(context, done); });
        EXPECT_TRUE(report.ok()) << report.error().technicalDetails().toStdString();
        return report.ok() ? report.value() : WatchReport();
    }

    static QStringList keys(const QList<WatchFinding> &findings)
    {
        QStringList keys;
        for (const WatchFinding &finding : findings)
            keys.append(finding.key);
        return keys;
    }

    // The user's choice of the temporary credential: a fresh Xero token given to Power BI.
    void pushTemporaryCredential()
    {
        const Result<bool> pushed = stack.await<bool>([&](QObject *context, Callback<bool> done) {
            session()->runner()->pushCredentials(context, done);
        });
        ASSERT_TRUE(pushed.ok()) << pushed.error().technicalDetails().toStdString();
        ASSERT_TRUE(pushed.value());
    }

    // A refresh through the API, run to its end (the sandbox takes 5 seconds of its clock).
    void refreshNow()
    {
        const Result<RefreshRun> started =
            stack.await<RefreshRun>([&](QObject *context, Callback<RefreshRun> done) {
                session()->runner()->startRefresh(context, done);
            });
        ASSERT_TRUE(started.ok()) << started.error().technicalDetails().toStdString();
        sandbox.advanceClock(6);
    }

    // Every day at the first half hour at least `minutes` from now (UTC): when it comes.
    QDateTime scheduleSlotIn(int minutes)
    {
        const QDateTime earliest = sandbox.now().addSecs(minutes * 60);
        const QDateTime midnight(earliest.date(), QTime(0, 0), QTimeZone::utc());
        const qint64 halfHours = (midnight.secsTo(earliest) + 1799) / 1800;
        const QDateTime slot = midnight.addSecs(halfHours * 1800);
        const Result<RefreshSchedule> changed =
            stack.await<RefreshSchedule>([&](QObject *context, Callback<RefreshSchedule> done) {
                session()->editor()->changeSchedule(
                    RefreshScheduleChange::daily({slot.time().toString(QStringLiteral("HH:mm"))},
                                                 QStringLiteral("UTC")),
                    context, done);
            });
        EXPECT_TRUE(changed.ok()) << changed.error().technicalDetails().toStdString();
        return slot;
    }

    // The sandbox user's Power BI token has no refresh token and lives an hour: after a move of
    // the clock the user signs in again, as the program's own renewal would.
    void moveClockTo(const QDateTime &moment)
    {
        sandbox.advanceClock(sandbox.now().secsTo(moment));
        const QByteArray answer =
            QJsonDocument(
                QJsonObject{{QStringLiteral("access_token"), sandbox.issuePowerBiAccessToken()},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("expires_in"), 3600}})
                .toJson();
        Result<OAuthTokens> tokens =
            OAuthTokens::fromAnswer(answer, sandbox.now(), ApiError::Service::MicrosoftIdentity);
        ASSERT_TRUE(tokens.ok());
        tokens.value().setAccountName(SandboxScenario::microsoftUser);
        const Result<Done> signedIn = stack.await<Done>([&](QObject *context, Callback<Done> done) {
            stack.services()->microsoftAccount()->adoptSignIn(tokens.value(), context, done);
        });
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().technicalDetails().toStdString();
    }

    std::optional<CredentialRecord> xeroCredentialRecord()
    {
        const Result<DatasetStatus> status =
            stack.await<DatasetStatus>([&](QObject *context, Callback<DatasetStatus> done) {
                session()->status()->loadStatus(context, done);
            });
        if (!status.ok() || !status.value().xeroSource.chosen)
            return std::nullopt;
        return session()->credentials()->find(status.value().xeroSource.chosen->key());
    }

    // A Xero sign-in kept by the program, as after the repair wizard: what the push uses.
    bool withXeroGrant = true;
    SandboxStack stack;
    SandboxServer &sandbox = stack.sandbox;
    RecordingNotifier notifier;
    std::unique_ptr<WatchMemory> memory;
    std::unique_ptr<DatasetWatch> watch;
};

// No Xero sign-in kept by this program: nothing it could push.
class DatasetWatchWithoutXeroTest : public DatasetWatchTest
{
protected:
    void SetUp() override
    {
        withXeroGrant = false;
        DatasetWatchTest::SetUp();
    }
};

const QString credentialFailure = QStringLiteral("failed:DMTS_OAuthTokenRefreshFailedError");

} // namespace

// The temporary credential dies before the slot; the scheduled refresh fails on it: told once,
// with what to do, and told again at no later check. Then a lasting credential, the schedule on
// again, and a slot that works: "work again", once.
TEST_F(DatasetWatchTest, AFailureAtASlotIsToldOnceAndItsEndOnce)
{
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    ASSERT_NO_FATAL_FAILURE(refreshNow());
    const QDateTime slot = scheduleSlotIn(90);
    const WatchReport before = check();
    EXPECT_FALSE(keys(before.findings).contains(credentialFailure))
        << keys(before.findings).join(u' ').toStdString();

    moveClockTo(slot.addSecs(20 * 60));
    const qsizetype shownBefore = notifier.shown.size();
    const WatchReport atSlot = check();
    EXPECT_EQ(keys(atSlot.appeared),
              QStringList({credentialFailure, QStringLiteral("scheduleOff")}));
    ASSERT_EQ(notifier.shown.size(), shownBefore + 2);
    const DesktopNotification failure = notifier.shown.at(shownBefore);
    EXPECT_EQ(failure.summary,
              QStringLiteral("The %1 refresh of Finance / Xero failed")
                  .arg(QLocale().toString(slot.toLocalTime().time(), QLocale::ShortFormat)));
    EXPECT_TRUE(failure.body.contains(QStringLiteral("Sign in to Xero again")))
        << failure.body.toStdString();
    EXPECT_TRUE(failure.urgent);
    ASSERT_EQ(failure.actions.size(), 2);
    EXPECT_EQ(failure.actions.at(0).first, QStringLiteral("fix"));
    EXPECT_EQ(failure.actions.at(0).second, QStringLiteral("Fix now"));
    EXPECT_EQ(atSlot.notificationsShown, 2);

    moveClockTo(sandbox.now().addSecs(30 * 60));
    const WatchReport later = check();
    EXPECT_TRUE(later.appeared.isEmpty()) << keys(later.appeared).join(u' ').toStdString();
    EXPECT_TRUE(later.ended.isEmpty());
    EXPECT_EQ(notifier.shown.size(), shownBefore + 2);
    EXPECT_TRUE(keys(later.findings).contains(credentialFailure));

    // The lasting repair, made in Power BI's own page, and the schedule switched on again.
    sandbox.enterLastingXeroCredential(SandboxScenario::contosoLtdTenantId);
    const QDateTime nextSlot = scheduleSlotIn(60);
    moveClockTo(nextSlot.addSecs(20 * 60));
    const WatchReport recovered = check();
    EXPECT_TRUE(recovered.appeared.isEmpty()) << keys(recovered.appeared).join(u' ').toStdString();
    ASSERT_EQ(recovered.ended.size(), 1);
    ASSERT_EQ(notifier.shown.size(), shownBefore + 3);
    EXPECT_EQ(notifier.shown.last().summary,
              QStringLiteral("Refreshes of Finance / Xero work again"));
    EXPECT_FALSE(notifier.shown.last().urgent);
    EXPECT_EQ(memory->lastOutcome(), QStringLiteral("Refreshes of Finance / Xero work again"));

    moveClockTo(sandbox.now().addSecs(30 * 60));
    const WatchReport afterwards = check();
    EXPECT_TRUE(afterwards.appeared.isEmpty());
    EXPECT_TRUE(afterwards.ended.isEmpty());
    EXPECT_EQ(notifier.shown.size(), shownBefore + 3);
    EXPECT_EQ(memory->lastOutcome(), QStringLiteral("Nothing wrong"));
}

// A temporary credential pushed 40 minutes before a slot dies 10 minutes before it: warned. One
// pushed 15 minutes before outlives the slot: nothing more.
TEST_F(DatasetWatchTest, ATemporaryCredentialThatDiesBeforeTheSlotIsWarnedOfInTime)
{
    const QDateTime slot = scheduleSlotIn(120);
    moveClockTo(slot.addSecs(-40 * 60));
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    const WatchReport early = check();
    const QStringList expiring =
        early.appeared.isEmpty()
            ? QStringList()
            : keys(early.appeared).filter(QStringLiteral("credentialExpires:"));
    ASSERT_EQ(expiring.size(), 1) << keys(early.appeared).join(u' ').toStdString();
    const auto warning = std::find_if(
        notifier.shown.cbegin(), notifier.shown.cend(), [](const DesktopNotification &shown) {
            return shown.summary.contains(QStringLiteral("will fail"));
        });
    ASSERT_NE(warning, notifier.shown.cend());
    EXPECT_FALSE(warning->urgent);

    moveClockTo(slot.addSecs(-15 * 60));
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    const WatchReport renewed = check();
    EXPECT_TRUE(keys(renewed.findings).filter(QStringLiteral("credentialExpires:")).isEmpty())
        << keys(renewed.findings).join(u' ').toStdString();
    EXPECT_TRUE(renewed.appeared.isEmpty()) << keys(renewed.appeared).join(u' ').toStdString();
}

// The weaker way, chosen: five minutes before the slot the watch gives Power BI a fresh
// credential (no warning that it would die), and the slot's refresh reads Xero with it.
TEST_F(DatasetWatchTest, ThePushModeGivesAFreshCredentialBeforeTheSlotAndTheRefreshWorks)
{
    memory->setMode(WatchMemory::Mode::NotifyAndPush);
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    const QDateTime slot = scheduleSlotIn(120);

    moveClockTo(slot.addSecs(-25 * 60));
    const WatchReport tooEarly = check();
    EXPECT_FALSE(tooEarly.pushed);
    // The check after the previous half hour's slot: the run 5 minutes before pushes, not this.
    moveClockTo(slot.addSecs(-10 * 60));
    const WatchReport afterPreviousSlot = check();
    EXPECT_FALSE(afterPreviousSlot.pushed);

    moveClockTo(slot.addSecs(-5 * 60));
    const QDateTime pushedAt = sandbox.now();
    const WatchReport beforeSlot = check();
    EXPECT_TRUE(beforeSlot.pushed);
    EXPECT_FALSE(beforeSlot.pushFailure.has_value());
    EXPECT_TRUE(keys(beforeSlot.findings).filter(QStringLiteral("credentialExpires:")).isEmpty())
        << keys(beforeSlot.findings).join(u' ').toStdString();
    const std::optional<CredentialRecord> record = xeroCredentialRecord();
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->kind, CredentialRecord::Kind::Temporary);
    EXPECT_GE(record->at, pushedAt);
    EXPECT_GT(record->expiresAt, slot);

    moveClockTo(slot.addSecs(20 * 60));
    const WatchReport afterSlot = check();
    EXPECT_FALSE(afterSlot.pushed);
    EXPECT_FALSE(keys(afterSlot.findings).contains(credentialFailure))
        << keys(afterSlot.findings).join(u' ').toStdString();
    // The scenario's old failure was told at the first check; the slot's refresh ended it.
    EXPECT_EQ(afterSlot.ended.size(), 1);
}

// The user entered a lasting credential in Power BI's page after the temporary one this program
// pushed, and a slot read Xero with it: this program's record (expired) is out of date, and the
// push mode must not replace what works with a credential that dies in 30 minutes.
TEST_F(DatasetWatchTest, ThePushModeNeverReplacesACredentialThatARefreshOutlived)
{
    memory->setMode(WatchMemory::Mode::NotifyAndPush);
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    const std::optional<CredentialRecord> pushed = xeroCredentialRecord();
    ASSERT_TRUE(pushed.has_value());
    sandbox.enterLastingXeroCredential(SandboxScenario::contosoLtdTenantId);
    const QDateTime slot = scheduleSlotIn(60);
    moveClockTo(slot.addSecs(20 * 60));
    const WatchReport afterSlot = check();
    ASSERT_TRUE(afterSlot.status.has_value());
    ASSERT_EQ(afterSlot.status->credential.kind, CredentialState::Kind::Expired);
    ASSERT_FALSE(keys(afterSlot.findings).contains(credentialFailure))
        << keys(afterSlot.findings).join(u' ').toStdString();

    const QDateTime nextSlot = scheduleSlotIn(60);
    moveClockTo(nextSlot.addSecs(-5 * 60));
    const WatchReport beforeSlot = check();
    EXPECT_FALSE(beforeSlot.pushed);
    EXPECT_FALSE(beforeSlot.pushFailure.has_value());
    EXPECT_TRUE(keys(beforeSlot.findings).filter(QStringLiteral("credentialExpires:")).isEmpty())
        << keys(beforeSlot.findings).join(u' ').toStdString();
    const std::optional<CredentialRecord> record = xeroCredentialRecord();
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->at, pushed->at) << "a credential pushed over the lasting one";
}

// The Xero sign-in the push uses is gone: the failed push is a problem of its own, and the
// credential's coming expiry is told after all.
TEST_F(DatasetWatchTest, APushThatFailsIsToldAndTheExpiryWarningWithIt)
{
    memory->setMode(WatchMemory::Mode::NotifyAndPush);
    ASSERT_NO_FATAL_FAILURE(pushTemporaryCredential());
    const QDateTime slot = scheduleSlotIn(120);
    const Result<Done> forgotten = stack.await<Done>([&](QObject *context, Callback<Done> done) {
        stack.services()->xeroAccount()->forget(SandboxScenario::contosoLtdTenantId, context, done);
    });
    ASSERT_TRUE(forgotten.ok());

    moveClockTo(slot.addSecs(-5 * 60));
    const WatchReport report = check();
    EXPECT_FALSE(report.pushed);
    ASSERT_TRUE(report.pushFailure.has_value());
    const QStringList found = keys(report.appeared);
    EXPECT_EQ(found.filter(QStringLiteral("pushFailed:")).size(), 1)
        << found.join(u' ').toStdString();
    EXPECT_EQ(found.filter(QStringLiteral("credentialExpires:")).size(), 1)
        << found.join(u' ').toStdString();
}

// The push mode on, and nothing this program could push: the user hears it now, with what to do,
// not at the slot's failure.
TEST_F(DatasetWatchWithoutXeroTest, ThePushModeWithNothingToPushStillChecksAndSaysSo)
{
    memory->setMode(WatchMemory::Mode::NotifyAndPush);
    const QDateTime slot = scheduleSlotIn(120);
    moveClockTo(slot.addSecs(-5 * 60));
    const WatchReport report = check();
    EXPECT_FALSE(report.pushed);
    EXPECT_FALSE(report.pushFailure.has_value());
    const QStringList appeared = keys(report.appeared);
    EXPECT_TRUE(appeared.contains(credentialFailure)) << appeared.join(u' ').toStdString();
    ASSERT_TRUE(appeared.contains(QStringLiteral("pushFailed:NothingToPush")))
        << appeared.join(u' ').toStdString();
    const WatchFinding nothing =
        report.appeared.at(appeared.indexOf(QStringLiteral("pushFailed:NothingToPush")));
    EXPECT_EQ(nothing.kind, WatchFinding::Kind::Problem);
    EXPECT_EQ(nothing.openWhat, QStringLiteral("xero-settings"));
    EXPECT_TRUE(nothing.body.contains(QStringLiteral("Sign in to Xero again")))
        << nothing.body.toStdString();
}

TEST_F(DatasetWatchTest, FixNowOnAXeroSignInFailureOpensTheXeroSettings)
{
    QSignalSpy opened(watch.get(), &DatasetWatch::openRequested);
    QSignalSpy allClosed(watch.get(), &DatasetWatch::allNotificationsClosed);
    const WatchReport report = check();
    ASSERT_TRUE(keys(report.appeared).contains(credentialFailure))
        << keys(report.appeared).join(u' ').toStdString();
    ASSERT_EQ(notifier.ids.size(), report.appeared.size());
    const uint failureId = notifier.ids.at(keys(report.appeared).indexOf(credentialFailure));

    notifier.click(failureId, QStringLiteral("fix"));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("xero-settings"));
    notifier.click(failureId, QStringLiteral("details"));
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.at(1).at(0).toString(), QStringLiteral("status"));
    notifier.click(7, QStringLiteral("fix")); // someone else's notification
    EXPECT_EQ(opened.size(), 2);

    for (qsizetype i = 0; i + 1 < notifier.ids.size(); ++i)
        notifier.close(notifier.ids.at(i));
    EXPECT_TRUE(allClosed.isEmpty());
    notifier.close(notifier.ids.last());
    EXPECT_EQ(allClosed.size(), 1);
}

TEST_F(DatasetWatchTest, WhatTheDesktopCouldNotShowIsToldAtTheNextCheck)
{
    notifier.failure = ApiError::network(ApiError::Service::PowerBi,
                                         QStringLiteral("org.freedesktop.Notifications is absent"));
    const WatchReport failed = check();
    EXPECT_TRUE(failed.notifyError.has_value());
    EXPECT_EQ(failed.notificationsShown, 0);
    EXPECT_TRUE(keys(failed.findings).contains(credentialFailure));
    EXPECT_TRUE(memory->announcedKeys().isEmpty())
        << memory->announcedKeys().join(u' ').toStdString();

    notifier.failure.reset();
    const WatchReport next = check();
    EXPECT_FALSE(next.notifyError.has_value());
    EXPECT_TRUE(keys(next.appeared).contains(credentialFailure));
    EXPECT_EQ(next.notificationsShown, next.appeared.size());
}

// The buttons work only while the check listens, and not every desktop draws them.
TEST_F(DatasetWatchTest, EveryNotificationSaysHowToFixWithoutItsButtons)
{
    notifier.withActions = false;
    const WatchReport report = check();
    ASSERT_FALSE(notifier.shown.isEmpty());
    EXPECT_FALSE(report.actionsShown);
    for (const DesktopNotification &shown : notifier.shown)
        EXPECT_EQ(shown.withoutButtonsNote,
                  QStringLiteral("Open Xero Refresh Assistant to fix it."))
            << shown.summary.toStdString();
}

TEST_F(DatasetWatchTest, ACheckThatCannotStartIsToldOnce)
{
    const ApiError locked = ApiError::keychainUnavailable(QStringLiteral("locked"), true);
    const auto report = [&] {
        return stack.await<WatchReport>([&](QObject *context, Callback<WatchReport> done) {
            watch->reportCannotCheck(locked, context, done);
        });
    };
    const Result<WatchReport> first = report();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(keys(first.value().appeared),
              QStringList(QStringLiteral("cannotCheck:KeychainLocked")));
    EXPECT_EQ(notifier.shown.size(), 1);
    const Result<WatchReport> second = report();
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.value().appeared.isEmpty());
    EXPECT_EQ(notifier.shown.size(), 1);
}
