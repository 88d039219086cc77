#pragma once

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// A data folder (XDG_DATA_HOME) of the running test's own, for suites whose web-engine profile
// writes files: they never go to the user's. The web engine writes to a profile's folder for a
// while after the profile is deleted, so the one scratch folder holding them goes only when the
// process ends (gtest deletes its environments after main()).
class ScratchDataHome : public ::testing::Environment
{
public:
    // Points XDG_DATA_HOME at <scratch>/<suite>.<test> and returns that folder; empty when it
    // could not be made.
    static QString useForCurrentTest();

private:
    static ScratchDataHome &instance();

    QTemporaryDir m_directory{QDir::tempPath() + QStringLiteral("/xra-datahome-XXXXXX")};
};
