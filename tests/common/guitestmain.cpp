#include <QApplication>

#include <gtest/gtest.h>

// For suites that show widgets or a QWebEngineView: a QApplication on the offscreen platform
// (set by CTest), with the OpenGL contexts shared as Qt WebEngine requires.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("XeroRefreshAssistantTests"));
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-assistant-tests"));
    return RUN_ALL_TESTS();
}
