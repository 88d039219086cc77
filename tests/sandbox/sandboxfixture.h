#pragma once

#include "sandboxscenario.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QLoggingCategory>
#include <gtest/gtest.h>
#include <memory>

// A fresh sandbox on a random port and a client for it, per test.
class SandboxFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("xra.sandbox.info=false"));
        ASSERT_TRUE(server.listen()) << server.errorString().toStdString();
        client = std::make_unique<SandboxTestClient>(server.rootUrl());
    }

    SandboxServer server;
    std::unique_ptr<SandboxTestClient> client;
};
