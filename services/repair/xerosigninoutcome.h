#pragma once

#include "organisationmatcher.h"
#include "xeroconnection.h"

#include <QList>
#include <QString>

// What a completed Xero sign-in gave, for the page that shows it: either the organisation the
// typed name found (its grant is then kept and the credential push uses it), or the
// organisations to pick from (none or several matched; the grant waits in memory until
// RepairSession::chooseXeroOrganisation).
struct XeroSignInOutcome
{
    OrganisationMatcher::Outcome outcome = OrganisationMatcher::Outcome::None;
    XeroConnection chosen;            // ExactlyOne
    QList<XeroConnection> matches;    // Several: the ones the name matched
    QList<XeroConnection> candidates; // every organisation this sign-in granted

    bool isChosen() const { return outcome == OrganisationMatcher::Outcome::ExactlyOne; }
    bool needsChoice() const { return !isChosen(); }
};
