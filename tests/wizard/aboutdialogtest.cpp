#include "aboutdialog.h"
#include "programidentity.h"

#include <QCoreApplication>
#include <QLabel>

#include <gtest/gtest.h>

namespace {

QString labelText(const AboutDialog &dialog, const char *objectName)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

} // namespace

TEST(AboutDialog, ShowsTheVersionTheLicenceAndTheLinks)
{
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog dialog;
    QCoreApplication::setApplicationVersion(version);

    EXPECT_EQ(labelText(dialog, "nameLabel"), QStringLiteral("Xero Refresh Assistant"));
    EXPECT_TRUE(labelText(dialog, "versionLabel").contains(QLatin1String("9.8.7")));
    const QString licence = labelText(dialog, "licenceLabel");
    EXPECT_TRUE(licence.contains(QLatin1String("MIT"))) << licence.toStdString();
    EXPECT_TRUE(licence.contains(ProgramIdentity::licence().toString())) << licence.toStdString();
    const QString links = labelText(dialog, "linksLabel");
    EXPECT_TRUE(links.contains(ProgramIdentity::homepage().toString())) << links.toStdString();
    EXPECT_TRUE(links.contains(ProgramIdentity::sandboxDocumentation().toString()))
        << links.toStdString();
}

TEST(ProgramIdentity, TheWindowIconHasEveryInstalledSize)
{
    const QIcon icon = ProgramIdentity::icon();
    ASSERT_FALSE(icon.isNull());
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        EXPECT_TRUE(icon.availableSizes().contains(QSize(size, size))) << size;
}

TEST(ProgramIdentity, LinksPointAtTheProjectPage)
{
    EXPECT_EQ(ProgramIdentity::homepage().scheme(), QStringLiteral("https"));
    EXPECT_TRUE(ProgramIdentity::sandboxDocumentation().toString().startsWith(
        ProgramIdentity::homepage().toString()));
    EXPECT_EQ(ProgramIdentity::applicationId(),
              QStringLiteral("io.github.xerorefreshassistant.XeroRefreshAssistant"));
}
