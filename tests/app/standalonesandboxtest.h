#pragma once

#include "assistantrun.h"
#include "standalonesandbox.h"

#include <gtest/gtest.h>

// The suites that run the program as a service principal against one standalone sandbox,
// brought back to its ready scenario before each test.
class AssistantAgainstStandaloneSandbox : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox = new StandaloneSandbox;
        ASSERT_TRUE(sandbox->start());
    }
    static void TearDownTestSuite()
    {
        delete sandbox;
        sandbox = nullptr;
    }
    void SetUp() override { sandbox->reset(); }

    ProcessRun assistant(const QStringList &arguments,
                         const QString &secret = QStringLiteral("sandbox-secret"))
    {
        return runAssistant(arguments, sandbox->servicePrincipal(secret));
    }

    static QJsonObject fault(const QString &method, const QString &path, int status)
    {
        return {{QStringLiteral("method"), method},
                {QStringLiteral("path"), path},
                {QStringLiteral("status"), status}};
    }

    static inline StandaloneSandbox *sandbox = nullptr;
};
