#pragma once

#include <QDateTime>
#include <QString>

// What this program knows of the credential Power BI holds for one data source, because it saw
// it given: through Power BI's own "Edit credentials" dialog (Power BI keeps the refresh token
// and renews it: it lasts), or pushed through the API by this program (an access token alone:
// it dies with the token). Nothing secret: kinds and times.
struct CredentialRecord
{
    enum class Kind
    {
        Lasting,   // entered in Power BI's own dialog, seen completing in the embedded page
        Temporary, // pushed by this program; works until expiresAt
    };

    Kind kind = Kind::Lasting;
    QDateTime at;
    QDateTime expiresAt; // Temporary only
};
