#include "xerosettingspage.h"

#include "dataseteditor.h"
#include "operationpanel.h"
#include "refreshschedule.h"
#include "repairsteptext.h"
#include "statusreader.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWizard>

static QLabel *newTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

static void setBold(QLabel *label)
{
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
}

XeroSettingsPage::XeroSettingsPage(OperationTracker *operations, StatusReader *status,
                                   DatasetEditor *editor, QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
    , m_editor(editor)
{
    setTitle(tr("Settings for Xero"));
    setSubTitle(tr("The dataset's data source, its schedule and its owner, as Power BI's "
                   "Settings for Xero page shows them."));

    auto *sideBySide = new QHBoxLayout;
    sideBySide->addWidget(createSchedule(), 1);
    sideBySide->addWidget(createOwner(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createCredentials());
    layout->addLayout(sideBySide);
    layout->addStretch(1);
    layout->addWidget(operationPanel());

    // Edit credentials follows Next: both need a read status and the user as the owner.
    connect(this, &QWizardPage::completeChanged, this, &XeroSettingsPage::updateEditCredentials);
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(reloadShortcut, &QShortcut::activated, this, &XeroSettingsPage::reload);
    updateEditCredentials();
}

QGroupBox *XeroSettingsPage::createCredentials()
{
    auto *box = new QGroupBox(tr("Data source credentials"), this);
    box->setObjectName(QStringLiteral("credentials"));
    m_datasources = new QFormLayout;
    m_editCredentials = new QCommandLinkButton(tr("Edit credentials"), box);
    m_editCredentials->setObjectName(QStringLiteral("editCredentials"));
    m_editCredentials->setDescription(
        tr("Renew the Xero sign-in that Power BI refreshes this dataset with."));
    m_editCredentials->setAccessibleName(tr("Edit credentials"));
    m_editCredentials->setAccessibleDescription(m_editCredentials->description());
    connect(m_editCredentials, &QCommandLinkButton::clicked, this,
            &XeroSettingsPage::editCredentials);
    m_editBlocked = newTextLabel(QStringLiteral("editBlocked"), box);
    m_editBlocked->setText(tr("Edit credentials waits until you own the dataset: Power BI "
                              "refuses credentials from anyone but the owner. Take it over "
                              "below first."));
    m_editBlocked->setVisible(false);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(m_datasources);
    layout->addWidget(m_editCredentials);
    layout->addWidget(m_editBlocked);
    return box;
}

QGroupBox *XeroSettingsPage::createSchedule()
{
    auto *box = new QGroupBox(tr("Scheduled refresh"), this);
    box->setObjectName(QStringLiteral("schedule"));
    m_scheduleState = newTextLabel(QStringLiteral("scheduleState"), box);
    m_scheduleState->setAccessibleName(tr("Schedule state"));
    setBold(m_scheduleState);
    m_scheduleDays = newTextLabel(QStringLiteral("scheduleDays"), box);
    m_scheduleDays->setAccessibleName(tr("Schedule days"));
    m_scheduleTimes = newTextLabel(QStringLiteral("scheduleTimes"), box);
    m_scheduleTimes->setAccessibleName(tr("Schedule times"));
    m_scheduleZone = newTextLabel(QStringLiteral("scheduleZone"), box);
    m_scheduleZone->setAccessibleName(tr("Schedule time zone"));
    m_scheduleFix = newTextLabel(QStringLiteral("scheduleFix"), box);
    m_scheduleFix->setVisible(false);

    auto *form = new QFormLayout(box);
    form->addRow(tr("State:"), m_scheduleState);
    form->addRow(tr("Days:"), m_scheduleDays);
    form->addRow(tr("Times:"), m_scheduleTimes);
    form->addRow(tr("Time zone:"), m_scheduleZone);
    form->addRow(m_scheduleFix);
    return box;
}

QGroupBox *XeroSettingsPage::createOwner()
{
    auto *box = new QGroupBox(tr("Owner"), this);
    box->setObjectName(QStringLiteral("ownerBox"));
    m_owner = newTextLabel(QStringLiteral("owner"), box);
    m_owner->setAccessibleName(tr("Dataset owner"));
    setBold(m_owner);
    m_notOwner = newTextLabel(QStringLiteral("notOwner"), box);
    m_takeOver = new QPushButton(tr("&Take over"), box);
    m_takeOver->setObjectName(QStringLiteral("takeOver"));
    m_takeOver->setAccessibleName(tr("Take over the dataset"));
    connect(m_takeOver, &QPushButton::clicked, this, &XeroSettingsPage::takeOver);
    m_takeOverExplanation = newTextLabel(QStringLiteral("takeOverExplanation"), box);
    m_takeOverExplanation->setText(
        tr("Take over makes your account the dataset's owner, so that Power BI accepts the "
           "credentials and schedule you set; the previous owner's credentials stop being used."));
    m_takeOver->setAccessibleDescription(m_takeOverExplanation->text());

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_owner);
    layout->addWidget(m_notOwner);
    layout->addWidget(m_takeOver, 0, Qt::AlignLeft);
    layout->addWidget(m_takeOverExplanation);
    layout->addStretch(1);
    m_notOwner->setVisible(false);
    m_takeOver->setVisible(false);
    m_takeOverExplanation->setVisible(false);
    return box;
}

void XeroSettingsPage::initializePage()
{
    RepairPage::initializePage();
    reload();
}

void XeroSettingsPage::reload()
{
    if (isBusy())
        return;
    m_retry = [this] {
        reload();
    };
    setBusy(tr("Reading the dataset's settings…"));
    m_statusReader->loadStatus(this, [this](Result<DatasetStatus> loaded) {
        if (!loaded)
            return showError(loaded.error());
        setIdle();
        statusLoaded(loaded.value());
    });
}

// The owner becomes the signed-in account; reading the status again shows it and lets the
// credentials be edited.
void XeroSettingsPage::takeOver()
{
    if (isBusy())
        return;
    m_retry = [this] {
        takeOver();
    };
    setBusy(tr("Taking the dataset over…"));
    m_editor->takeOver(this, [this](Result<Done> taken) {
        if (!taken)
            return showError(taken.error());
        setIdle();
        reload();
    });
}

bool XeroSettingsPage::isReady() const
{
    return m_status && m_status->signedInUserIsOwner;
}

void XeroSettingsPage::retry()
{
    if (m_retry)
        m_retry();
}

void XeroSettingsPage::changeEvent(QEvent *event)
{
    RepairPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_status)
        showStatus();
}

void XeroSettingsPage::statusLoaded(const DatasetStatus &status)
{
    m_status = status;
    showStatus();
    readinessChanged();
}

void XeroSettingsPage::showStatus()
{
    showDatasources();
    showSchedule();
    showOwner();
}

void XeroSettingsPage::showDatasources()
{
    while (m_datasources->rowCount() > 0)
        m_datasources->removeRow(0);
    if (m_status->datasources.isEmpty()) {
        auto *none = newTextLabel(QStringLiteral("noDatasource"), this);
        none->setText(tr("Power BI lists no data source for this dataset."));
        m_datasources->addRow(none);
        return;
    }
    for (const Datasource &datasource : m_status->datasources) {
        auto *state = newTextLabel(QStringLiteral("credentialState"), this);
        state->setText(credentialState(datasource));
        auto *name = new QLabel(describe(datasource), this);
        name->setObjectName(QStringLiteral("datasource"));
        setBold(name);
        name->setBuddy(state);
        state->setAccessibleName(tr("Credential state of %1").arg(name->text()));
        m_datasources->addRow(name, state);
    }
}

void XeroSettingsPage::showSchedule()
{
    const RefreshSchedule &schedule = m_status->schedule;
    m_scheduleState->setText(scheduleState());
    m_scheduleDays->setText(scheduleDays());
    m_scheduleTimes->setText(
        schedule.times().isEmpty() ? tr("None") : QLocale().createSeparatedList(schedule.times()));
    m_scheduleZone->setText(scheduleZone());
    const bool needsFix = !schedule.isEnabled() || !schedule.isDaily();
    m_scheduleFix->setText(RepairStepText::fixSentence(RepairStep::Schedule));
    m_scheduleFix->setVisible(needsFix);
}

void XeroSettingsPage::showOwner()
{
    const QString owner = m_status->dataset.dataset.configuredBy();
    const bool mine = m_status->signedInUserIsOwner;
    const QString name = owner.isEmpty() ? tr("Unknown") : owner;
    m_owner->setText(mine ? tr("%1 (you)").arg(name) : name);
    m_notOwner->setText(
        tr("The dataset belongs to %1: only its owner can change its credentials and schedule.")
            .arg(name));
    m_notOwner->setVisible(!mine);
    m_takeOver->setVisible(!mine);
    m_takeOverExplanation->setVisible(!mine);
}

void XeroSettingsPage::updateEditCredentials()
{
    m_editCredentials->setEnabled(isComplete());
    m_takeOver->setEnabled(!isBusy());
    m_editBlocked->setVisible(m_status && !m_status->signedInUserIsOwner);
}

void XeroSettingsPage::editCredentials()
{
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

bool XeroSettingsPage::hasDiagnosis(Diagnosis::Category category) const
{
    return std::any_of(
        m_status->diagnoses.cbegin(), m_status->diagnoses.cend(),
        [category](const Diagnosis &diagnosis) { return diagnosis.category() == category; });
}

// Power BI does not say whether a credential is valid; the last refresh does.
QString XeroSettingsPage::credentialState(const Datasource &datasource) const
{
    if (!datasource.isXero())
        return tr("Not a Xero data source: this assistant leaves its credentials as they are.");
    if (hasDiagnosis(Diagnosis::Category::Credentials))
        return tr("The Xero sign-in behind this dataset has expired: Power BI can no longer read "
                  "from Xero. Edit credentials renews it.");
    const std::optional<Refresh> last = m_status->lastRefresh();
    if (!last)
        return tr("Not known yet: no refresh has run.");
    if (last->status() == Refresh::Status::Completed)
        return tr("Working: the last refresh read from Xero.");
    return tr("The last refresh reported no problem with the Xero sign-in.");
}

QString XeroSettingsPage::scheduleState() const
{
    if (m_status->schedule.isEnabled())
        return tr("On");
    if (m_status->scheduleSwitchedOffAfterFailures)
        return tr("Off: switched off by Power BI after repeated failures");
    return tr("Off");
}

QString XeroSettingsPage::scheduleDays() const
{
    const RefreshSchedule &schedule = m_status->schedule;
    if (schedule.isDaily())
        return tr("Every day");
    if (schedule.days().isEmpty())
        return tr("None");
    // The API's English day names, in the user's language.
    QStringList days;
    for (const QString &day : schedule.days()) {
        const qsizetype index = RefreshSchedule::weekdayNames().indexOf(day);
        days.append(index < 0 ? day : QLocale().dayName(int(index) + 1));
    }
    return QLocale().createSeparatedList(days);
}

// Power BI names zones the Windows way ("Romance Standard Time"); the IANA name is what the
// user may recognise.
QString XeroSettingsPage::scheduleZone() const
{
    const QString windowsId = m_status->schedule.localTimeZoneId();
    if (windowsId.isEmpty())
        return tr("Not set");
    const QByteArray ianaId = QTimeZone::windowsIdToDefaultIanaId(windowsId.toUtf8());
    if (ianaId.isEmpty() || ianaId == windowsId.toUtf8())
        return windowsId;
    return tr("%1 (%2)").arg(windowsId, QString::fromUtf8(ianaId));
}

QString XeroSettingsPage::describe(const Datasource &datasource)
{
    if (datasource.isXero())
        return tr("Xero");
    QStringList where;
    for (const QString &part :
         {datasource.server(), datasource.database(), datasource.path(), datasource.url()}) {
        if (!part.isEmpty())
            where.append(part);
    }
    const QString type =
        datasource.datasourceType().isEmpty() ? tr("Data source") : datasource.datasourceType();
    return where.isEmpty() ? type : tr("%1: %2").arg(type, where.join(QStringLiteral(" / ")));
}
