#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class XeroSettingsPage : public RepairPage
{
    Q_OBJECT

public:
    explicit XeroSettingsPage(RepairSession *session, QWidget *parent = nullptr);
};
