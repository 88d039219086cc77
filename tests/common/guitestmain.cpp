#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

// For suites that show widgets or a QWebEngineView: a QApplication on the offscreen platform
// (set by CTest). A suite that links Qt WebEngine gets its shared OpenGL context from the
// library's own start-up, as a program that links it does; the others have none, as the
// program has none until its web view plugin loads. XRA_TEST_LANG=fr runs a suite in French,
// so that its screenshots (XRA_SCREENSHOT_DIR) show the French text.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("XeroRefreshAssistantTests"));
    QCoreApplication::setApplicationName(QStringLiteral("xero-refresh-assistant-tests"));
    QTranslator translator;
    const QString language = qEnvironmentVariable("XRA_TEST_LANG", QStringLiteral("en"));
    if (translator.load(QStringLiteral(":/i18n/xero-refresh-assistant_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    return RUN_ALL_TESTS();
}
