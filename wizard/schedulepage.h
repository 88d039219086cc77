#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class SchedulePage : public RepairPage
{
    Q_OBJECT

public:
    explicit SchedulePage(RepairSession *session, QWidget *parent = nullptr);
};
