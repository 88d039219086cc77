#pragma once

#include "credentialstate.h"
#include "refreshschedule.h"
#include "watchtimer.h"

#include <QGroupBox>

#include <optional>

class CopyableField;
class QCheckBox;
class ValueLabel;
class WatchSwitch;
struct DatasetStatus;

// The watch in the status window: "Tell me when something goes wrong", off by default, with what
// turning it on installs said plainly; the weaker way (a fresh temporary credential before each
// slot) with its cost and its condition; and the watch's state: on or off, its last check and what
// it found. Where the system has no scheduler for the user, the cron line to add instead.
class WatchPanel : public QGroupBox
{
    Q_OBJECT

public:
    // watch may be null: the kept sandbox, where a timer would watch nothing real.
    explicit WatchPanel(WatchSwitch *watch, QWidget *parent = nullptr);

    // What the status window just read: the schedule the timer follows, the credential that
    // decides whether the weaker way makes sense.
    void showStatus(const DatasetStatus &status);

    QCheckBox *watchBox() const { return m_watchBox; }
    QCheckBox *pushBox() const { return m_pushBox; }
    // The cron line shown where no user scheduler runs (null until then).
    CopyableField *cronField() const { return m_cron; }
    ValueLabel *stateLabel() const { return m_state; }

signals:
    // What it says changed (a state, the cron line): the window may need more room.
    void sentencesChanged();

private:
    void buildContent();
    void showUnavailableInSandbox();
    void onAvailability(WatchTimer::Availability availability);
    void onWatchToggled(bool on);
    void onPushToggled(bool push);
    void switchOn();
    void switchOff();
    void afterSwitch(const Result<Done> &switched);
    void updateControls();
    void updateExplanation();
    void updateState();
    void updateCronLine();
    void followSchedule();

    WatchSwitch *m_watch;
    QCheckBox *m_watchBox = nullptr;
    ValueLabel *m_explanation = nullptr;
    QCheckBox *m_pushBox = nullptr;
    ValueLabel *m_pushExplanation = nullptr;
    ValueLabel *m_state = nullptr;
    ValueLabel *m_cronExplanation = nullptr;
    CopyableField *m_cron = nullptr;
    std::optional<WatchTimer::Availability> m_availability;
    std::optional<RefreshSchedule> m_schedule;
    QString m_datasetId;
    CredentialState::Kind m_credential = CredentialState::Kind::Unknown;
    bool m_busy = false;
    QString m_error;
};
