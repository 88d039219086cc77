#include "scratchdatahome.h"

#include <QDir>

ScratchDataHome &ScratchDataHome::instance()
{
    // gtest owns it from here on, and deletes it after main().
    static ScratchDataHome *const scratch =
        static_cast<ScratchDataHome *>(::testing::AddGlobalTestEnvironment(new ScratchDataHome));
    return *scratch;
}

QString ScratchDataHome::useForCurrentTest()
{
    const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
    const QString name = test ? QString::fromLatin1(test->test_suite_name()) + QLatin1Char('.') +
                                    QString::fromLatin1(test->name())
                              : QStringLiteral("outside-a-test");
    const QString dataHome = instance().m_directory.filePath(name);
    if (!QDir().mkpath(dataHome))
        return {};
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    return dataHome;
}
