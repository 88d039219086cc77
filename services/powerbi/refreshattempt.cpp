#include "refreshattempt.h"

RefreshAttempt RefreshAttempt::read(const JsonReader &reader)
{
    RefreshAttempt attempt;
    attempt.m_attemptId = reader.integer(QStringLiteral("attemptId"));
    attempt.m_startTime = reader.dateTime(QStringLiteral("startTime"));
    attempt.m_endTime = reader.dateTime(QStringLiteral("endTime"));
    attempt.m_typeText = reader.string(QStringLiteral("type"));
    if (attempt.m_typeText.compare(QLatin1String("Data"), Qt::CaseInsensitive) == 0)
        attempt.m_type = Type::Data;
    else if (attempt.m_typeText.compare(QLatin1String("Query"), Qt::CaseInsensitive) == 0)
        attempt.m_type = Type::Query;
    attempt.m_serviceException =
        ServiceException::read(reader, QStringLiteral("serviceExceptionJson"));
    return attempt;
}
