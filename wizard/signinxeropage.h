#pragma once

#include "repairpage.h"

class SignInProfile;

// Placeholder: the page's content arrives with its own change.
class SignInXeroPage : public RepairPage
{
    Q_OBJECT

public:
    explicit SignInXeroPage(RepairSession *session, SignInProfile *profile,
                            QWidget *parent = nullptr);
};
