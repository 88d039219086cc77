#include <QCoreApplication>
#include <QLoggingCategory>

#include <gtest/gtest.h>

// Qt's network classes and the sandbox need an application object and an event loop;
// tests wait for asynchronous results with QSignalSpy::wait or QTRY_* style loops.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("XeroRefreshAssistantTests"));
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-assistant-tests"));
    return RUN_ALL_TESTS();
}
