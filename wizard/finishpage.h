#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class FinishPage : public RepairPage
{
    Q_OBJECT

public:
    explicit FinishPage(RepairSession *session, QWidget *parent = nullptr);
};
