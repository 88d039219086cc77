#pragma once

#include "repairpage.h"

class QLabel;
class XeroSignInFlow;
class QLineEdit;

// Step 3 of the documented procedure, Configure Xero: the name of the Xero organisation the
// dataset reads, as it appears in Xero. The next step signs in with Xero and checks that the
// sign-in reaches an organisation of that name. Prefilled with the organisation last chosen.
class ConfigureXeroPage : public RepairPage
{
    Q_OBJECT

public:
    // Xero organisation names are short; a longer text is a paste gone wrong.
    static constexpr int maximumNameLength = 100;

    // Both must outlive the page.
    ConfigureXeroPage(OperationTracker *operations, XeroSignInFlow *xero,
                      QWidget *parent = nullptr);

    void initializePage() override;

    // Why name cannot be used, in one plain sentence; empty when it can.
    static QString nameProblem(const QString &name);
    QLineEdit *nameEdit() const { return m_nameEdit; }
    // The sentence shown under the field: the rule, or what breaks it.
    QString ruleText() const;

protected:
    bool isReady() const override;

private:
    void showRule();
    void setRuleBold(bool bold);

    XeroSignInFlow *m_xero;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_prefillNote = nullptr;
};
