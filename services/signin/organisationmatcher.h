#pragma once

#include "xeroconnection.h"

#include <QList>
#include <QString>

// Finds the Xero organisation whose name was entered at step 3 among the connections a Xero
// sign-in granted. Names are compared ignoring case and spacing, where "ignoring spacing"
// means ignoring every whitespace character, wherever it is: "Contoso  ltd", "contoso ltd",
// " ContosoLtd " and "CONTOSO\tLTD" all name the same organisation. (People type the name
// from memory; a space more or less is never what tells two organisations apart.)
class OrganisationMatcher
{
public:
    enum class Outcome
    {
        ExactlyOne, // matches holds it
        None,       // the user picks among candidates, or signs in with another Xero account
        Several,    // matches holds them; the user picks one
    };

    struct Match
    {
        Outcome outcome = Outcome::None;
        QList<XeroConnection> matches;
        // Every organisation this sign-in granted, in the order Xero listed them.
        QList<XeroConnection> candidates;
    };

    static Match match(const QString &typedName, const QList<XeroConnection> &connections);
    // Case-folded, every whitespace character removed.
    static QString comparable(const QString &name);
};
