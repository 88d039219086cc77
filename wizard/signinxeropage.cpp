#include "signinxeropage.h"

SignInXeroPage::SignInXeroPage(RepairSession *session, SignInProfile *profile, QWidget *parent)
    : RepairPage(session, parent)
{
    Q_UNUSED(profile);
    setTitle(tr("Sign in with Xero"));
}
