#include "refreshstatuspage.h"

RefreshStatusPage::RefreshStatusPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Refresh status"));
}
