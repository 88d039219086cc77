#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(JsonReader, MatchesKeysWithoutRegardToCase)
{
    const JsonReader reader(object(R"({"IsRefreshable":true,"NotifyOption":"MailOnFailure"})"));
    EXPECT_TRUE(reader.boolean(QStringLiteral("isRefreshable")));
    EXPECT_EQ(reader.string(QStringLiteral("notifyOption")), QStringLiteral("MailOnFailure"));
    EXPECT_FALSE(reader.hasError());
}

TEST(JsonReader, PrefersTheExactKeyWhenBothSpellingsArePresent)
{
    const JsonReader reader(object(R"({"Name":"capitalised","name":"exact"})"));
    EXPECT_EQ(reader.string(QStringLiteral("name")), QStringLiteral("exact"));
}

TEST(JsonReader, MissingOrNullOptionalMembersGiveTheFallbackWithoutError)
{
    const JsonReader reader(object(R"({"capacityId":null})"));
    EXPECT_EQ(reader.string(QStringLiteral("capacityId"), QStringLiteral("none")),
              QStringLiteral("none"));
    EXPECT_TRUE(reader.boolean(QStringLiteral("enabled"), true));
    EXPECT_FALSE(reader.integer(QStringLiteral("id")).has_value());
    EXPECT_FALSE(reader.dateTime(QStringLiteral("endTime")).isValid());
    EXPECT_TRUE(reader.stringList(QStringLiteral("days")).isEmpty());
    EXPECT_FALSE(reader.hasError());
}

TEST(JsonReader, WrongTypeIsAParseErrorNamingTheFullPath)
{
    const JsonReader reader(
        object(R"({"value":[{"startTime":"2017-06-13T09:25:43Z"},{},{"startTime":12}]})"));
    const QList<JsonReader> entries = reader.objectArray(QStringLiteral("value"), true);
    ASSERT_EQ(entries.size(), 3);
    for (const JsonReader &entry : entries)
        entry.dateTime(QStringLiteral("startTime"));
    ASSERT_TRUE(reader.hasError());
    const ApiError error = *reader.firstError();
    EXPECT_EQ(error.kind(), ApiError::Kind::Parse);
    EXPECT_EQ(error.field(), QStringLiteral("value[2].startTime"));
    EXPECT_TRUE(error.message().contains(QLatin1String("a number")));
}

TEST(JsonReader, ABooleanWrittenAsTextIsRejectedNotGuessed)
{
    const JsonReader reader(object(R"({"enabled":"yes"})"));
    EXPECT_FALSE(reader.boolean(QStringLiteral("enabled"), false));
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("enabled"));
}

TEST(JsonReader, KeepsOnlyTheFirstProblem)
{
    const JsonReader reader(object(R"({"a":1,"b":2})"));
    reader.string(QStringLiteral("a"));
    reader.string(QStringLiteral("b"));
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("a"));
}

TEST(JsonReader, AFractionalNumberIsNotAnInteger)
{
    const JsonReader reader(object(R"({"attemptId":1.5})"));
    EXPECT_FALSE(reader.integer(QStringLiteral("attemptId")).has_value());
    EXPECT_TRUE(reader.hasError());
}

// Found by the fuzz target oauth_token_answer: {"expires_in":35996666666666666666666666666666666}
// was converted to qint64, which is undefined behaviour. On x86 the result happened to be
// refused anyway, so this test catches the old code in the sanitizer build
// (tests/run-sanitized.sh), where UBSan stops at the conversion.
TEST(JsonReader, ANumberBeyondTheIntegerRangeIsAParseError)
{
    for (const char *json : {R"({"expires_in":35996666666666666666666666666666666})",
                             R"({"expires_in":-1e300})", R"({"expires_in":9223372036854775808})"}) {
        const JsonReader reader(object(json));
        EXPECT_FALSE(reader.integer(QStringLiteral("expires_in")).has_value()) << json;
        EXPECT_TRUE(reader.hasError()) << json;
    }
    const JsonReader largest(object(R"({"id":9007199254740992})"));
    EXPECT_EQ(largest.integer(QStringLiteral("id")), 9007199254740992);
}

TEST(JsonReader, ARequiredStringMissingIsAParseError)
{
    const JsonReader reader(object(R"({"name":"Finance"})"));
    reader.requiredString(QStringLiteral("id"));
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("id"));
}

TEST(JsonReader, InvalidJsonIsAParseErrorNotACrash)
{
    const Result<QJsonObject> parsed = JsonReader::parseObject(QByteArray(R"({"value":[)"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind(), ApiError::Kind::Parse);
    EXPECT_FALSE(JsonReader::parseObject(QByteArray()).ok());
    EXPECT_FALSE(JsonReader::parseObject(QByteArray("[1,2]")).ok());
}

TEST(JsonReader, AnArrayOfNonObjectsIsAParseErrorNamingTheElement)
{
    const JsonReader reader(object(R"({"value":[{"id":"a"},"b"]})"));
    reader.objectArray(QStringLiteral("value"));
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("value[1]"));
}

TEST(JsonReader, AnObjectWhereAnArrayBelongsIsAParseError)
{
    const JsonReader reader(object(R"({"value":{}})"));
    reader.objectArray(QStringLiteral("value"), true);
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("value"));
}

TEST(JsonReader, ParsesTimestampsWithOrWithoutFractionAndZone)
{
    const QDateTime expected(QDate(2017, 6, 13), QTime(9, 25, 43, 153), Qt::UTC);
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T09:25:43.153Z")), expected);
    // No zone: UTC, not the computer's local time.
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T09:25:43.153")), expected);
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T11:25:43.153+02:00")),
              expected);
    // Xero: seven fractional digits, no zone.
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T09:25:43.1531234")), expected);
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T09:25:43Z")),
              QDateTime(QDate(2017, 6, 13), QTime(9, 25, 43), Qt::UTC));
    EXPECT_EQ(JsonReader::parseTimestamp(QStringLiteral("2017-06-13T09:25:43Z")).timeSpec(),
              Qt::UTC);
}

TEST(JsonReader, AnUnparsableTimeIsAParseErrorNamingTheField)
{
    EXPECT_FALSE(JsonReader::parseTimestamp(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(JsonReader::parseTimestamp(QStringLiteral("2017-13-45T09:25:43Z")).isValid());
    const JsonReader reader(object(R"({"startTime":"13/06/2017 09:25"})"));
    reader.dateTime(QStringLiteral("startTime"));
    ASSERT_TRUE(reader.hasError());
    EXPECT_EQ(reader.firstError()->field(), QStringLiteral("startTime"));
}

TEST(JsonReader, AnEmptyTimeMeansAbsent)
{
    const JsonReader reader(object(R"({"endTime":""})"));
    EXPECT_FALSE(reader.dateTime(QStringLiteral("endTime")).isValid());
    EXPECT_FALSE(reader.hasError());
}
