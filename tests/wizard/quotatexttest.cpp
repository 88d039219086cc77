#include "quotatext.h"
#include "languagescope.h"

#include <gtest/gtest.h>

TEST(QuotaText, SaysHowManyRefreshesAreLeftNoneOrThatThereIsNoLimitInEnglish)
{
    const LanguageScope english(QStringLiteral("en"));
    EXPECT_EQ(QuotaText::sentence(5),
              QStringLiteral("5 refreshes left today (Power BI allows 8 a day on shared "
                             "capacity)."));
    EXPECT_EQ(QuotaText::sentence(1),
              QStringLiteral("1 refresh left today (Power BI allows 8 a day on shared "
                             "capacity)."));
    EXPECT_EQ(QuotaText::sentence(0),
              QStringLiteral("No refresh is left today. On shared capacity Power BI allows 8 "
                             "refreshes in 24 hours, and this dataset has used them all (scheduled "
                             "ones and those started elsewhere count too). Try again once the "
                             "oldest of them is more than 24 hours old."));
    EXPECT_EQ(QuotaText::sentence(std::nullopt),
              QStringLiteral("The dataset is on dedicated capacity: Power BI sets no daily limit "
                             "on its refreshes."));
}

TEST(QuotaText, SaysHowManyRefreshesAreLeftNoneOrThatThereIsNoLimitInFrench)
{
    const LanguageScope french(QStringLiteral("fr"));
    EXPECT_EQ(QuotaText::sentence(5),
              QStringLiteral("Il reste 5 actualisations aujourd’hui (Power BI en autorise 8 par "
                             "jour en capacité partagée)."));
    EXPECT_EQ(QuotaText::sentence(1),
              QStringLiteral("Il reste 1 actualisation aujourd’hui (Power BI en autorise 8 par "
                             "jour en capacité partagée)."));
    EXPECT_TRUE(QuotaText::sentence(0).startsWith(
        QStringLiteral("Plus aucune actualisation possible aujourd’hui. Sur une capacité "
                       "partagée, Power BI autorise 8 actualisations par 24 heures")))
        << QuotaText::sentence(0).toStdString();
    EXPECT_EQ(QuotaText::sentence(std::nullopt),
              QStringLiteral("Le jeu de données est en capacité dédiée : Power BI ne limite pas "
                             "le nombre de ses actualisations par jour."));
}

// Fewer than none (more refreshes than the limit, counted before a change of capacity) reads
// as none.
TEST(QuotaText, BelowZeroReadsAsNoneLeft)
{
    const LanguageScope english(QStringLiteral("en"));
    EXPECT_EQ(QuotaText::sentence(-2), QuotaText::sentence(0));
}
