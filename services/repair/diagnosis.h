#pragma once

#include <QString>

// The steps of Microsoft's documented repair procedure, as the wizard numbers its pages.
// A diagnosis names the one that fixes the problem.
enum class RepairStep
{
    None = -1,          // nothing in the procedure fixes it: wait, or ask for help
    SignInPowerBi = 0,  // sign in to Power BI and choose the dataset
    RefreshStatus = 1,  // look at the last refresh (wait for a running one)
    XeroSettings = 2,   // Settings for Xero: credentials, owner (Take over)
    ConfigureXero = 3,  // the organisation name
    SignInXero = 4,     // sign in with Xero, then push the credential
    Schedule = 5,       // Schedule refresh
    RefreshNow = 6,     // Refresh now
    ContactSupport = 7, // the documented "next steps": support and community
};

// What went wrong, in plain words, and where the user goes to fix it.
class Diagnosis
{
public:
    enum class Category
    {
        Credentials, // the Xero sign-in behind the dataset expired or is missing
        Gateway,
        RefreshLimit,
        RefreshRunning,
        ScheduleOff,
        NotOwner,
        Throttling,
        SignIn, // the Power BI (Microsoft) sign-in itself
        Service,
        Unknown,
    };

    Diagnosis() = default;
    Diagnosis(Category category, const QString &code, const QString &explanation,
              RepairStep fixStep)
        : m_category(category)
        , m_code(code)
        , m_explanation(explanation)
        , m_fixStep(fixStep)
    {}

    Category category() const { return m_category; }
    // The raw error code as the service sent it (or ours, for conditions without one).
    QString code() const { return m_code; }
    // One or two plain sentences in the user's language.
    QString explanation() const { return m_explanation; }
    RepairStep fixStep() const { return m_fixStep; }
    bool isKnown() const { return m_category != Category::Unknown; }

private:
    Category m_category = Category::Unknown;
    QString m_code;
    QString m_explanation;
    RepairStep m_fixStep = RepairStep::None;
};
