#include "repairsteptext.h"

QString RepairStepText::name(RepairStep step)
{
    switch (step) {
    case RepairStep::SignInPowerBi:
        return tr("Sign in to Power BI");
    case RepairStep::RefreshStatus:
        return tr("Refresh status");
    case RepairStep::XeroSettings:
        return tr("Settings for Xero");
    case RepairStep::ConfigureXero:
        return tr("Configure Xero");
    case RepairStep::SignInXero:
        return tr("Sign in with Xero");
    case RepairStep::Schedule:
        return tr("Schedule refresh");
    case RepairStep::RefreshNow:
        return tr("Refresh now");
    case RepairStep::ContactSupport:
        return tr("Contact support or ask the community");
    case RepairStep::None:
        break;
    }
    return {};
}

QString RepairStepText::goToStep(RepairStep step)
{
    return tr("Go to step %1: %2").arg(static_cast<int>(step)).arg(name(step));
}

QString RepairStepText::fixSentence(RepairStep step)
{
    switch (step) {
    case RepairStep::None:
        return tr("No step of the repair fixes this: wait a while, then look again.");
    case RepairStep::ContactSupport:
        return tr("The repair cannot fix this: the last page links to Power BI support and to "
                  "the Power BI community.");
    default:
        break;
    }
    return tr("Fixed at step %1: %2").arg(static_cast<int>(step)).arg(name(step));
}
