#include "finishpage.h"

FinishPage::FinishPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Finish"));
}
