#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class RefreshStatusPage : public RepairPage
{
    Q_OBJECT

public:
    explicit RefreshStatusPage(RepairSession *session, QWidget *parent = nullptr);
};
