#include "configurexeropage.h"

ConfigureXeroPage::ConfigureXeroPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Configure Xero"));
}
