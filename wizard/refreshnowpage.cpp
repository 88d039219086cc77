#include "refreshnowpage.h"

RefreshNowPage::RefreshNowPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Refresh now"));
}
