#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class RefreshNowPage : public RepairPage
{
    Q_OBJECT

public:
    explicit RefreshNowPage(RepairSession *session, QWidget *parent = nullptr);
};
