#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct TranslationGaps
{
    int messages = 0;
    QStringList unfinished;
};

// Reads a Qt Linguist .ts file and lists the source texts whose translation is missing,
// marked unfinished, or empty (for plurals: any empty form).
TranslationGaps readGaps(const QString &path)
{
    TranslationGaps gaps;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return gaps;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++gaps.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                gaps.unfinished << source;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return gaps;
}

} // namespace

TEST(Translations, EveryUserVisibleStringHasAFrenchTranslation)
{
    const TranslationGaps gaps =
        readGaps(QStringLiteral(XRA_TRANSLATIONS_DIR "/xero-refresh-assistant_fr.ts"));
    ASSERT_GT(gaps.messages, 20) << "the French .ts file is missing or nearly empty";
    EXPECT_TRUE(gaps.unfinished.isEmpty())
        << "untranslated: " << gaps.unfinished.join(QStringLiteral("\n  ")).toStdString();
}
