#include "desktopdriver.h"
#include "desktopprogram.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// A double-click on the menu entry, as a desktop does it: the installed .desktop file's Exec line
// is looked up on PATH and started, and the program's window appears. The program is the one
// `cmake --install` put into a DESTDIR tree (not the build tree's), started on the test's X
// display (Xvfb, from tests/run-all.sh) with a throw-away HOME; with no settings it opens on the
// first-start dialog.
class DesktopEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DISPLAY"))
            << "needs an X display: tests/run-all.sh runs the suites under Xvfb";
        ASSERT_TRUE(stage.isValid());
        ASSERT_TRUE(home.isValid());
    }

    void installIntoStage()
    {
        QProcess install;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DESTDIR"), stage.path());
        install.setProcessEnvironment(environment);
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(XRA_CMAKE),
                      {QStringLiteral("--install"), QStringLiteral(XRA_BUILD_DIR),
                       QStringLiteral("--prefix"), QStringLiteral("/usr")});
        ASSERT_TRUE(install.waitForFinished(120000));
        ASSERT_EQ(install.exitCode(), 0) << install.readAll().toStdString();
    }

    // The value of Exec= in the [Desktop Entry] group.
    QString execLine() const
    {
        QFile file(stage.filePath(
            QStringLiteral("usr/share/applications/%1.desktop").arg(QLatin1String(XRA_APP_ID))));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        bool inEntry = false;
        for (const QByteArray &rawLine : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(rawLine).trimmed();
            if (line.startsWith(QLatin1Char('[')))
                inEntry = line == QLatin1String("[Desktop Entry]");
            else if (inEntry && line.startsWith(QLatin1String("Exec=")))
                return line.mid(5);
        }
        return {};
    }

    QTemporaryDir stage;
    QTemporaryDir home;
    DesktopDriver desktop;
};

TEST_F(DesktopEntryTest, TheExecLineStartsTheInstalledProgramAndAWindowAppears)
{
    installIntoStage();
    const QString exec = execLine();
    ASSERT_FALSE(exec.isEmpty()) << "no Exec= line in the installed desktop entry";

    // Field codes (%U, %f, ...) expand to nothing for a start from the menu.
    QStringList arguments = QProcess::splitCommand(exec);
    arguments.removeIf([](const QString &argument) {
        return argument.size() == 2 && argument.startsWith(QLatin1Char('%'));
    });
    ASSERT_FALSE(arguments.isEmpty());
    const QString bin = stage.filePath(QStringLiteral("usr/bin"));
    const QString executable = QStandardPaths::findExecutable(arguments.takeFirst(), {bin});
    ASSERT_EQ(executable, QDir(bin).filePath(QStringLiteral("xero-refresh-assistant")))
        << "Exec= does not name the installed program: " << exec.toStdString();

    // The desktop finds the program on PATH, where the package puts it.
    DesktopProgram program(home.path());
    program.environment().insert(QStringLiteral("PATH"),
                                 bin + QLatin1Char(':') +
                                     program.environment().value(QStringLiteral("PATH")));
    ASSERT_TRUE(program.start(executable, arguments));

    const QString window = desktop.waitForWindow(QStringLiteral("^Xero Refresh Assistant$"));
    EXPECT_FALSE(window.isEmpty()) << "no window appeared; " << program.report().toStdString();
    EXPECT_TRUE(program.isRunning());
}
