#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class ChooseDatasetPage : public RepairPage
{
    Q_OBJECT

public:
    explicit ChooseDatasetPage(RepairSession *session, QWidget *parent = nullptr);
};
