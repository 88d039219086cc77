#include "organisationmatcher.h"

OrganisationMatcher::Match OrganisationMatcher::match(const QString &typedName,
                                                      const QList<XeroConnection> &connections)
{
    Match result;
    result.candidates = connections;
    const QString wanted = comparable(typedName);
    if (!wanted.isEmpty()) {
        for (const XeroConnection &connection : connections) {
            if (comparable(connection.tenantName()) == wanted)
                result.matches.append(connection);
        }
    }
    if (result.matches.size() == 1)
        result.outcome = Outcome::ExactlyOne;
    else if (result.matches.size() > 1)
        result.outcome = Outcome::Several;
    return result;
}

QString OrganisationMatcher::comparable(const QString &name)
{
    QString kept;
    kept.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace()) // also no-break and other Unicode spaces
            kept.append(c);
    }
    return kept.toCaseFolded();
}
