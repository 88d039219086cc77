#include "choosedatasetpage.h"

ChooseDatasetPage::ChooseDatasetPage(RepairSession *session, QWidget *parent)
    : RepairPage(session, parent)
{

    setTitle(tr("Choose the dataset"));
}
