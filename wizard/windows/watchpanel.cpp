#include "watchpanel.h"

#include "copyablefield.h"
#include "datasetstatus.h"
#include "valuelabel.h"
#include "watchmemory.h"
#include "watchswitch.h"

#include <QCheckBox>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>

WatchPanel::WatchPanel(WatchSwitch *watch, QWidget *parent)
    : QGroupBox(tr("Watch"), parent)
    , m_watch(watch)
{
    setObjectName(QStringLiteral("watchPanel"));
    buildContent();
    if (!m_watch) {
        showUnavailableInSandbox();
        return;
    }
    connect(m_watch, &WatchSwitch::changed, this, &WatchPanel::updateControls);
    QPointer<WatchPanel> self(this);
    m_watch->timer()->availability(this, [self](Result<WatchTimer::Availability> found) {
        if (self)
            self->onAvailability(found ? found.value() : WatchTimer::Availability::Unavailable);
    });
    updateControls();
}

void WatchPanel::buildContent()
{
    using Wrap = ValueLabel::Wrap;
    m_watchBox = new QCheckBox(tr("&Tell me when something goes wrong"), this);
    m_watchBox->setObjectName(QStringLiteral("watchBox"));
    m_explanation = new ValueLabel(QStringLiteral("watchExplanationLabel"),
                                   tr("What the watch installs"), Wrap::Sentence, this);
    m_pushBox = new QCheckBox(
        tr("Also give Power BI a fresh temporary credential before each scheduled refresh "
           "(the weaker way)"),
        this);
    m_pushBox->setObjectName(QStringLiteral("pushBox"));
    m_pushExplanation = new ValueLabel(QStringLiteral("pushExplanationLabel"),
                                       tr("What the weaker way costs"), Wrap::Sentence, this);
    m_pushExplanation->setText(
        tr("For when Power BI's own dialog cannot be used. It costs one renewal of this "
           "program's Xero sign-in per scheduled refresh, and works only if this computer is on "
           "and its keychain unlocked at that time. A credential entered in Power BI's dialog "
           "lasts, and is never replaced."));
    m_state = new ValueLabel(QStringLiteral("watchStateLabel"), tr("The watch's state"),
                             Wrap::Sentence, this);
    m_state->setBold();
    m_cronExplanation = new ValueLabel(QStringLiteral("cronExplanationLabel"),
                                       tr("Where no user timer runs"), Wrap::Sentence, this);
    m_cronExplanation->setVisible(false);
    for (ValueLabel *label : {m_explanation, m_pushExplanation})
        label->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_watchBox);
    layout->addWidget(m_explanation);
    layout->addWidget(m_pushBox);
    layout->addWidget(m_pushExplanation);
    layout->addWidget(m_state);
    layout->addWidget(m_cronExplanation);
    connect(m_watchBox, &QCheckBox::toggled, this, &WatchPanel::onWatchToggled);
    connect(m_pushBox, &QCheckBox::toggled, this, &WatchPanel::onPushToggled);
}

void WatchPanel::showUnavailableInSandbox()
{
    for (QWidget *control : {static_cast<QWidget *>(m_watchBox), static_cast<QWidget *>(m_pushBox)})
        control->setEnabled(false);
    m_explanation->setText(tr("Not in the sandbox: a timer would watch nothing real. The watch "
                              "can be turned on when the program works with Power BI."));
    m_pushExplanation->setVisible(false);
    m_state->setText(tr("Off."));
}

void WatchPanel::showStatus(const DatasetStatus &status)
{
    m_schedule = status.schedule;
    m_datasetId = status.dataset.dataset.id();
    m_credential = status.credential.kind;
    if (!m_watch)
        return;
    updateControls();
    followSchedule();
}

// A schedule changed in the wizard or the web page: the timer's slots move with it now, not at
// its next run (in the weaker way, a new slot would otherwise get no fresh credential).
void WatchPanel::followSchedule()
{
    if (m_busy || !m_schedule || !m_watch->memory()->isEnabled())
        return;
    QPointer<WatchPanel> self(this);
    m_watch->follow(m_datasetId, *m_schedule, this, [self](Result<Done> followed) {
        if (self && !followed) {
            self->m_error = followed.error().plainSentence();
            self->updateControls();
        }
    });
}

void WatchPanel::onAvailability(WatchTimer::Availability availability)
{
    m_availability = availability;
    updateControls();
}

// ---- turning it on and off ------------------------------------------------------------------

void WatchPanel::onWatchToggled(bool on)
{
    if (m_busy || !m_watch || on == m_watch->memory()->isEnabled())
        return;
    on ? switchOn() : switchOff();
}

void WatchPanel::onPushToggled(bool)
{
    // Off, the choice waits for the watch to be turned on; on, the timer is written again.
    if (!m_busy && m_watch && m_watch->memory()->isEnabled())
        switchOn();
}

void WatchPanel::switchOn()
{
    if (!m_schedule)
        return;
    const WatchMemory::Mode mode =
        m_pushBox->isChecked() ? WatchMemory::Mode::NotifyAndPush : WatchMemory::Mode::Notify;
    m_busy = true;
    m_error.clear();
    updateControls();
    QPointer<WatchPanel> self(this);
    m_watch->turnOn(m_datasetId, *m_schedule, mode, this, [self](Result<Done> switched) {
        if (self)
            self->afterSwitch(switched);
    });
}

void WatchPanel::switchOff()
{
    m_busy = true;
    m_error.clear();
    updateControls();
    QPointer<WatchPanel> self(this);
    m_watch->turnOff(this, [self](Result<Done> switched) {
        if (self)
            self->afterSwitch(switched);
    });
}

void WatchPanel::afterSwitch(const Result<Done> &switched)
{
    m_busy = false;
    if (!switched)
        m_error = switched.error().plainSentence();
    updateControls();
}

// ---- what it shows --------------------------------------------------------------------------

// Once a change is done, the boxes show what is true (the settings, which the timer's runs
// share), not what was clicked.
void WatchPanel::updateControls()
{
    const WatchMemory *memory = m_watch->memory();
    const bool on = memory->isEnabled();
    if (!m_busy) {
        const QSignalBlocker blockWatch(m_watchBox);
        const QSignalBlocker blockPush(m_pushBox);
        m_watchBox->setChecked(on);
        if (on)
            m_pushBox->setChecked(memory->mode() == WatchMemory::Mode::NotifyAndPush);
    }
    m_watchBox->setEnabled(!m_busy && m_schedule && m_availability);
    // Only for a credential this program gives: a lasting one needs nothing, and is never
    // replaced.
    const bool pushMakesSense = m_credential != CredentialState::Kind::Lasting &&
                                m_credential != CredentialState::Kind::Unknown;
    m_pushBox->setEnabled(!m_busy && m_schedule && pushMakesSense);
    m_pushBox->setVisible(pushMakesSense || m_pushBox->isChecked());
    m_pushExplanation->setVisible(m_pushBox->isVisible());
    updateExplanation();
    updateState();
    updateCronLine();
    emit sentencesChanged();
}

void WatchPanel::updateExplanation()
{
    if (!m_availability) {
        m_explanation->setText(tr("Looking for the system's user timers…"));
        return;
    }
    if (*m_availability == WatchTimer::Availability::Unavailable) {
        m_explanation->setText(
            tr("Checks the dataset a few minutes after each scheduled refresh and shows a "
               "desktop notification when a problem appears and when it ends. No systemd user "
               "session answered on this computer, so nothing can be installed: turned on, it "
               "shows the line to add to your crontab."));
        return;
    }
    m_explanation->setText(
        tr("Installs a systemd user timer that checks the dataset a few minutes after each "
           "scheduled refresh and once a day, and shows a desktop notification when a problem "
           "appears and when it ends. Turning it off removes the timer. Files: %1")
            .arg(m_watch->timer()->unitPaths().join(QStringLiteral(", "))));
}

void WatchPanel::updateState()
{
    const WatchMemory *memory = m_watch->memory();
    QString state;
    if (m_busy)
        state = m_watchBox->isChecked() ? tr("Turning on…") : tr("Turning off…");
    else if (!memory->isEnabled())
        state = tr("Off.");
    else if (!memory->lastCheck().isValid())
        state = tr("On. No check yet.");
    else
        state =
            tr("On. Last check %1: %2")
                .arg(QLocale().toString(memory->lastCheck().toLocalTime(), QLocale::ShortFormat),
                     memory->lastOutcome());
    if (!m_error.isEmpty())
        state += QLatin1Char(' ') + m_error;
    m_state->setText(state);
}

void WatchPanel::updateCronLine()
{
    const bool show = m_watch->memory()->isEnabled() && m_schedule && m_availability &&
                      *m_availability == WatchTimer::Availability::Unavailable;
    m_cronExplanation->setVisible(show);
    if (m_cron)
        m_cron->setVisible(show);
    if (!show)
        return;
    const QString line = m_watch->unitsFor(*m_schedule, m_watch->memory()->mode()).cronLine;
    m_cronExplanation->setText(
        tr("Add this line to your crontab (crontab -e). It needs your desktop session's bus at "
           "/run/user/<your user id>/bus, and does nothing once the watch is turned off here:"));
    if (m_cron && m_cron->value() == line)
        return;
    delete m_cron;
    m_cron = new CopyableField(line, tr("Cron line"), this);
    m_cron->setObjectName(QStringLiteral("cronField"));
    layout()->addWidget(m_cron);
}
