#pragma once

#include "credentialrecord.h"
#include "refresh.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

// What is true now of the credential behind the dataset's Xero data source, from what was read
// back (the refresh history) and what this program saw given to Power BI (CredentialRecord):
// never from the steps the program ran alone.
struct CredentialState
{
    Q_DECLARE_TR_FUNCTIONS(CredentialState)

public:
    enum class Kind
    {
        Unknown,   // nothing seen given; the history does not say it is broken
        Lasting,   // entered in Power BI's own dialog: Power BI renews it
        Temporary, // pushed by this program: works until expiresAt
        Expired,   // pushed by this program, and its token has died
        Broken,    // a refresh failed on the credential after it was last given
    };

    Kind kind = Kind::Unknown;
    // When it was given (Lasting, Temporary, Expired) or found broken (Broken).
    QDateTime since;
    QDateTime expiresAt;
    // A refresh completed with it after it was given.
    bool confirmed = false;

    static CredentialState assess(const std::optional<CredentialRecord> &record,
                                  const QList<Refresh> &history, const QDateTime &now);

    // Whether a refresh at `when` can read Xero with it, as far as is known.
    bool worksAt(const QDateTime &when) const;
    // One plain sentence for the windows: "Lasting: entered in Power BI's own dialog at ...".
    QString sentence() const;
    // For status --json: "unknown", "lasting", "temporary", "expired", "broken".
    QString kindName() const;
};
