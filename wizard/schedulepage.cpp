#include "schedulepage.h"

SchedulePage::SchedulePage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Schedule refresh"));
}
