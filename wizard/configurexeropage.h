#pragma once

#include "repairpage.h"

// Placeholder: the page's content arrives with its own change.
class ConfigureXeroPage : public RepairPage
{
    Q_OBJECT

public:
    explicit ConfigureXeroPage(RepairSession *session, QWidget *parent = nullptr);
};
