// The command line as the user who signed in through the window: the account and the Xero grant
// from the keychain, the settings the window left.
#include "storedsignintest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {
const QString xeroDatasetId = QStringLiteral("c2b3f1a4-5e6d-4f70-8a91-b2c3d4e5f601");
} // namespace

TEST_F(AssistantWithStoredSignIn, TheSignedInUserSeesMyWorkspaceAndTheBrokenXeroDataset)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());

    const ProcessRun datasets =
        userAssistant({QStringLiteral("datasets"), QStringLiteral("--json")});
    ASSERT_EQ(datasets.exitCode, 0) << datasets.err.toStdString();
    const QJsonArray workspaces = datasets.json().value(QStringLiteral("workspaces")).toArray();
    const bool hasMyWorkspace =
        std::any_of(workspaces.cbegin(), workspaces.cend(), [](const QJsonValue &workspace) {
            return workspace.toObject().value(QStringLiteral("id")).isNull();
        });
    EXPECT_TRUE(hasMyWorkspace) << "a signed-in user, unlike a service principal, has My workspace";

    const ProcessRun status = userAssistant({QStringLiteral("status"), QStringLiteral("--dataset"),
                                             QStringLiteral("Xero"), QStringLiteral("--json")});
    EXPECT_EQ(status.exitCode, 1) << status.err.toStdString();
    EXPECT_EQ(status.json()
                  .value(QStringLiteral("dataset"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString(),
              xeroDatasetId);
}

TEST_F(AssistantWithStoredSignIn, RefreshNowRenewsTheTemporaryCredentialTheWindowPushed)
{
    signInLikeTheWindow();
    ASSERT_FALSE(HasFatalFailure());
    recordTemporaryCredential();

    const ProcessRun run = userAssistant({QStringLiteral("refresh-now"),
                                          QStringLiteral("--dataset"), QStringLiteral("Xero"),
                                          QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                          QStringLiteral("60"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("credentialsPushed")).toBool());
    EXPECT_EQ(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    // The command line renewed the Xero grant and kept the rotated refresh token.
    const std::optional<QString> stored = storedXeroRefreshToken();
    ASSERT_TRUE(stored.has_value());
    EXPECT_NE(*stored, xeroRefreshTokenAdopted);
}
