#include "freedesktopnotifier.h"
#include "awaitresult.h"
#include "fakenotificationserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace {

const QString desktopEntry = QStringLiteral("io.github.xerorefreshassistant.XeroRefreshAssistant");

// Sets an environment variable (or unsets it, for a null value) for one test, then restores it.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

DesktopNotification failure()
{
    DesktopNotification notification;
    notification.summary = QStringLiteral("Le jeu de données « Ventes » n’a pas été actualisé");
    notification.body = QStringLiteral("La connexion Xero a expiré.");
    notification.actions = {{QStringLiteral("fix"), QStringLiteral("Réparer")},
                            {QStringLiteral("details"), QStringLiteral("Détails")}};
    notification.withoutButtonsNote = QStringLiteral("Open it to fix.");
    notification.urgent = true;
    return notification;
}

DesktopNotification warning()
{
    DesktopNotification notification = failure();
    notification.urgent = false;
    return notification;
}

class FreedesktopNotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Each test builds the server it needs: with or without actions, or none at all.
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected())
            << "run under dbus-run-session: the test needs a private session bus";
    }

    void startServer(bool withActions = true)
    {
        server = std::make_unique<FakeNotificationServer>(withActions);
        ASSERT_TRUE(server->isRegistered()) << "could not own org.freedesktop.Notifications";
    }

    Result<ShownNotification> show(const DesktopNotification &notification)
    {
        return awaitResult<ShownNotification>([&](Callback<ShownNotification> done) {
            notifier.notify(notification, &context, done);
        });
    }

    ScopedEnv display{"DISPLAY", QByteArrayLiteral(":99")};
    ScopedEnv wayland{"WAYLAND_DISPLAY", QByteArray()};
    std::unique_ptr<FakeNotificationServer> server;
    FreedesktopNotifier notifier{desktopEntry};
    QObject context;
};

} // namespace

TEST_F(FreedesktopNotifierTest, SendsTheSpecificationsTypesExactly)
{
    startServer();
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown) << shown.error().technicalDetails().toStdString();
    ASSERT_EQ(server->received().size(), 1);
    const FakeNotificationServer::Received &call = server->received().first();
    EXPECT_EQ(call.signature, QStringLiteral("susssasa{sv}i"));
    EXPECT_EQ(call.id, shown.value().id);
    EXPECT_EQ(call.appName, QStringLiteral("Xero Refresh Assistant"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.appIcon, desktopEntry) << "the icon installed with the desktop file";
    EXPECT_EQ(call.summary, failure().summary);
    EXPECT_EQ(call.body, failure().body + QStringLiteral(" Open it to fix."));
    EXPECT_EQ(call.expireTimeout, -1) << "the server's own default";
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), desktopEntry);
    EXPECT_EQ(call.urgencySignature, QStringLiteral("y")) << "urgency must be a byte";
    EXPECT_EQ(call.urgency, 2) << "a failure is critical";
    EXPECT_FALSE(call.hints.contains(QStringLiteral("category")))
        << "the specification's categories name no refresh failure";
}

TEST_F(FreedesktopNotifierTest, AWarningIsOfNormalUrgency)
{
    startServer();
    ASSERT_TRUE(show(warning()));
    ASSERT_EQ(server->received().size(), 1);
    const FakeNotificationServer::Received &call = server->received().first();
    EXPECT_EQ(call.urgencySignature, QStringLiteral("y"));
    EXPECT_EQ(call.urgency, 1);
    EXPECT_FALSE(call.hints.contains(QStringLiteral("category")));
}

TEST_F(FreedesktopNotifierTest, ButtonsWhenTheServerDrawsThemAndADisplayCanOpenAWindow)
{
    startServer(true);
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown.value().withActions);
    EXPECT_EQ(server->received().first().actions,
              QStringList({QStringLiteral("default"), QStringLiteral("Réparer"),
                           QStringLiteral("fix"), QStringLiteral("Réparer"),
                           QStringLiteral("details"), QStringLiteral("Détails")}))
        << "a click on the text does what the first button does";
    EXPECT_TRUE(server->received().first().body.endsWith(QStringLiteral(" Open it to fix.")))
        << "the buttons die when the check ends; the text stays true";
    ASSERT_TRUE(show(warning()));
    EXPECT_EQ(server->capabilityRequests(), 1) << "the capabilities are asked once";
}

TEST_F(FreedesktopNotifierTest, AWaylandDisplayIsADisplayToo)
{
    ScopedEnv noX{"DISPLAY", QByteArray()};
    ScopedEnv wayland{"WAYLAND_DISPLAY", QByteArrayLiteral("wayland-0")};
    startServer(true);
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown.value().withActions);
}

TEST_F(FreedesktopNotifierTest, NoButtonsWhenTheServerHasNoActionsCapability)
{
    startServer(false);
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown.value().withActions) << "the text must then say how to fix it";
    EXPECT_TRUE(server->received().first().actions.isEmpty());
}

TEST_F(FreedesktopNotifierTest, NoButtonsWithoutADisplay)
{
    ScopedEnv noX{"DISPLAY", QByteArray()};
    startServer(true);
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown.value().withActions) << "a button would open nothing";
    EXPECT_TRUE(server->received().first().actions.isEmpty());
}

TEST_F(FreedesktopNotifierTest, AnActionOnOurNotificationIsForwardedAndNoOtherOne)
{
    startServer();
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);

    server->invokeAction(shown.value().id + 100, QStringLiteral("fix")); // another program's
    server->invokeAction(shown.value().id, QStringLiteral("fix"));
    ASSERT_TRUE(actions.wait(2000));
    QTest::qWait(100); // time for a wrong second signal to arrive
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.first().at(0).toUInt(), shown.value().id);
    EXPECT_EQ(actions.first().at(1).toString(), QStringLiteral("fix"));
}

TEST_F(FreedesktopNotifierTest, ClosingOurNotificationIsForwardedAndNoOtherOne)
{
    startServer();
    const Result<ShownNotification> shown = show(failure());
    ASSERT_TRUE(shown);
    QSignalSpy closed(&notifier, &DesktopNotifier::closed);

    server->close(shown.value().id + 100);
    server->close(shown.value().id, 1); // expired
    ASSERT_TRUE(closed.wait(2000));
    QTest::qWait(100);
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed.first().at(0).toUInt(), shown.value().id);
}

TEST_F(FreedesktopNotifierTest, NoServiceOnTheBusIsAClearErrorAtOnce)
{
    ASSERT_FALSE(QDBusConnection::sessionBus().interface()->isServiceRegistered(
        FreedesktopNotifier::service))
        << "another notification service owns the name on this bus";
    QElapsedTimer clock;
    clock.start();
    const Result<ShownNotification> shown = show(failure());
    ASSERT_FALSE(shown);
    EXPECT_LT(clock.elapsed(), 3000) << "waited for a D-Bus timeout";
    EXPECT_EQ(shown.error().service(), ApiError::Service::Desktop);
    EXPECT_TRUE(shown.error().plainSentence().startsWith(
        QStringLiteral("No desktop notification service answered")))
        << shown.error().plainSentence().toStdString();
    // ServiceUnknown here; where a server is D-Bus activatable and fails to start, another
    // org.freedesktop.DBus.Error: the bus's own words go to the details either way.
    EXPECT_TRUE(
        shown.error().technicalDetails().contains(QStringLiteral("org.freedesktop.DBus.Error.")))
        << shown.error().technicalDetails().toStdString();
}

TEST_F(FreedesktopNotifierTest, NoBusIsAClearError)
{
    FreedesktopNotifier offBus(desktopEntry, QDBusConnection(QStringLiteral("no-such-bus")));
    std::optional<Result<ShownNotification>> shown;
    offBus.notify(failure(), &context, [&](Result<ShownNotification> r) { shown = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.has_value(); }, 1000));
    ASSERT_FALSE(*shown);
    EXPECT_TRUE(shown->error().plainSentence().startsWith(
        QStringLiteral("No desktop notification service answered")));
}

TEST_F(FreedesktopNotifierTest, ACallerGoneBeforeTheAnswerGetsNoCallback)
{
    startServer();
    QSignalSpy arrived(server.get(), &FakeNotificationServer::notified);
    auto gone = std::make_unique<QObject>();
    bool called = false;
    notifier.notify(failure(), gone.get(), [&](Result<ShownNotification>) { called = true; });
    gone.reset();
    // The call may or may not go out; either way no answer reaches the departed caller.
    QTest::qWait(300);
    EXPECT_FALSE(called);

    // And the notifier still works for the next caller.
    ASSERT_TRUE(show(warning()));
}

TEST_F(FreedesktopNotifierTest, ACallerGoneWhileNotifyIsInFlightGetsNoCallback)
{
    startServer();
    ASSERT_TRUE(show(warning())); // capabilities known: the next notify goes out at once
    auto gone = std::make_unique<QObject>();
    bool called = false;
    QSignalSpy arrived(server.get(), &FakeNotificationServer::notified);
    notifier.notify(failure(), gone.get(), [&](Result<ShownNotification>) { called = true; });
    gone.reset();
    ASSERT_TRUE(arrived.wait(2000)) << "the notification was not sent";
    QTest::qWait(200);
    EXPECT_FALSE(called);
}
