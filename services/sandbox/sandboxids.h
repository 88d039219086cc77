#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Random identifiers and the timestamp formats the three services use.
class SandboxIds
{
public:
    static QString guid();
    // URL-safe random text (base64url without padding) of `bytes` random bytes.
    static QString randomToken(int bytes = 32);
    static QByteArray base64Url(const QByteArray &data);
    // Power BI style: 2026-01-05T07:00:12.340Z
    static QString powerBiTime(const QDateTime &utc);
    // Xero connections style: no zone, 7 fractional digits: 2026-01-05T07:00:12.3400000
    static QString xeroTime(const QDateTime &utc);
};
