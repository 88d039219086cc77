#include "xerosettingspage.h"

XeroSettingsPage::XeroSettingsPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Settings for Xero"));
}
