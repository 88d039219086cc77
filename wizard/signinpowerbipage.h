#pragma once

#include "repairpage.h"

class SignInProfile;

// Placeholder: the page's content arrives with its own change.
class SignInPowerBiPage : public RepairPage
{
    Q_OBJECT

public:
    explicit SignInPowerBiPage(RepairSession *session, SignInProfile *profile,
                               QWidget *parent = nullptr);
};
