#include "signinpowerbipage.h"

SignInPowerBiPage::SignInPowerBiPage(RepairSession *session, SignInProfile *profile,
                                     QWidget *parent)
    : RepairPage(session, parent)
{
    Q_UNUSED(profile);
    setTitle(tr("Sign in to Power BI"));
}
