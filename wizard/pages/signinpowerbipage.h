#pragma once

#include "repairpage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class MicrosoftSignInFlow;
class QStackedWidget;
class WebContent;
class SignInBrowser;

// Step 0: sign in to Power BI (Connexion). With an account already signed in, the page says who
// it is and offers another account; otherwise it shows Microsoft's sign-in pages in the embedded
// view, made only when the page is first shown, and hands the caught redirect to the sign-in
// flow.
// Next is enabled once an account is signed in.
class SignInPowerBiPage : public RepairPage
{
    Q_OBJECT

public:
    // All must outlive the page.
    SignInPowerBiPage(OperationTracker *operations, MicrosoftSignInFlow *signIn,
                      WebContent *webContent, QWidget *parent = nullptr);

    void initializePage() override;

    // The view of the sign-in under way or last shown; null until the sign-in is first shown.
    SignInBrowser *signInView() const { return m_view; }
    // "Signed in as ..." while an account is signed in; empty otherwise.
    QString accountText() const;
    // The sentence shown instead of the sign-in pages (cancelled, or not set up); empty
    // otherwise.
    QString stoppedText() const;

protected:
    bool isReady() const override;
    // Retry after a failed sign-in starts it again from the first page.
    void retry() override;

private:
    enum class State
    {
        NotStarted,
        SigningIn,
        SignedIn,
        Stopped,
    };

    QWidget *createSignedInPanel();
    QWidget *createStoppedPanel();
    void replaceSignInView();
    void setState(State state);
    void showSignedIn();
    void showStopped(const QString &sentence, bool canStartAgain);
    void startSignIn();
    void finishSignIn(const QUrl &redirect);
    void onSignInCancelled();
    void useAnotherAccount();
    void onSignedInElsewhere();
    void onSignedOut();

    MicrosoftSignInFlow *m_signIn;
    WebContent *m_webContent;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_signedInPanel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QPushButton *m_anotherAccountButton = nullptr;
    QWidget *m_stoppedPanel = nullptr;
    QLabel *m_stoppedLabel = nullptr;
    QPushButton *m_startAgainButton = nullptr;
    SignInBrowser *m_view = nullptr;
    State m_state = State::NotStarted;
};
