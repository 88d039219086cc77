#include "apptranslations.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The installed .qm files come first (a packager or translator can replace one without a
// rebuild); without them the copies compiled into the program are used.
class AppTranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    QTemporaryDir installed;
};

TEST_F(AppTranslationsTest, ReadsTheInstalledTranslationFirst)
{
    ASSERT_TRUE(installed.isValid());
    const QString file = installed.filePath(QStringLiteral("xero-refresh-assistant_fr.qm"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/i18n/xero-refresh-assistant_fr.qm"), file));
    AppTranslations translations(installed.path());
    ASSERT_TRUE(translations.install(QStringLiteral("fr")));
    EXPECT_EQ(translations.programFile(), file);
}

TEST_F(AppTranslationsTest, FallsBackToTheCompiledInTranslation)
{
    ASSERT_TRUE(installed.isValid());
    AppTranslations translations(installed.path());
    ASSERT_TRUE(translations.install(QStringLiteral("fr")));
    EXPECT_EQ(translations.programFile(), QStringLiteral(":/i18n/xero-refresh-assistant_fr.qm"));
}

TEST_F(AppTranslationsTest, TheInstalledFolderIsUnderShareNextToBin)
{
    EXPECT_TRUE(AppTranslations::installedDirectory().endsWith(
        QLatin1String("/share/xero-refresh-assistant/translations")))
        << AppTranslations::installedDirectory().toStdString();
}
