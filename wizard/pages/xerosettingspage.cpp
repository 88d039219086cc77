#include "xerosettingspage.h"

#include "chosendataset.h"
#include "dataseteditor.h"
#include "operationpanel.h"
#include "repairsteptext.h"
#include "scheduleview.h"
#include "statusreader.h"
#include "valuelabel.h"

#include <QButtonGroup>
#include <QCommandLinkButton>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWizard>

namespace {

ValueLabel *sentenceLabel(const QString &objectName, QWidget *parent,
                          const QString &accessibleName = {})
{
    return new ValueLabel(objectName, accessibleName, ValueLabel::Wrap::Sentence, parent);
}

} // namespace

XeroSettingsPage::XeroSettingsPage(OperationTracker *operations, StatusReader *status,
                                   DatasetEditor *editor, ChosenDataset *chosen, QWidget *parent)
    : RepairPage(operations, parent)
    , m_statusReader(status)
    , m_editor(editor)
    , m_chosen(chosen)
    , m_xeroPick(new QButtonGroup(this))
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
    m_editBlocked = sentenceLabel(QStringLiteral("editBlocked"), box);
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

ScheduleView *XeroSettingsPage::createSchedule()
{
    m_schedule = new ScheduleView(this);
    m_scheduleFix = sentenceLabel(QStringLiteral("scheduleFix"), m_schedule);
    m_scheduleFix->setVisible(false);
    m_schedule->addRow(m_scheduleFix);
    return m_schedule;
}

QGroupBox *XeroSettingsPage::createOwner()
{
    auto *box = new QGroupBox(tr("Owner"), this);
    box->setObjectName(QStringLiteral("ownerBox"));
    m_owner = sentenceLabel(QStringLiteral("owner"), box, tr("Dataset owner"));
    m_owner->setText(QStringLiteral("—"));
    m_owner->setBold();
    m_notOwner = sentenceLabel(QStringLiteral("notOwner"), box);
    m_takeOver = new QPushButton(tr("&Take over"), box);
    m_takeOver->setObjectName(QStringLiteral("takeOver"));
    m_takeOver->setAccessibleName(tr("Take over the dataset"));
    connect(m_takeOver, &QPushButton::clicked, this, &XeroSettingsPage::takeOver);
    m_takeOverExplanation = sentenceLabel(QStringLiteral("takeOverExplanation"), box);
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
    setBusy(tr("Reading the dataset's settings…"), [this] { reload(); });
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
    setBusy(tr("Taking the dataset over…"), [this] { takeOver(); });
    m_editor->takeOver(this, [this](Result<Done> taken) {
        if (!taken)
            return showError(taken.error());
        setIdle();
        reload();
    });
}

bool XeroSettingsPage::isReady() const
{
    return m_status && m_status->signedInUserIsOwner && m_status->xeroSource.chosen;
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
    const XeroSourceChoice &choice = m_status->xeroSource;
    if (choice.sources.isEmpty()) {
        auto *none = sentenceLabel(QStringLiteral("noDatasource"), this);
        none->setText(tr("Power BI lists no data source for this dataset: there is no Xero "
                         "credential to repair."));
        m_datasources->addRow(none);
        return;
    }
    // No public source documents what a Xero data source looks like: with more than one, the
    // user says which one reads Xero, and may correct a guess.
    const bool pickable = choice.sources.size() > 1;
    if (choice.needsChoice()) {
        auto *ask = sentenceLabel(QStringLiteral("pickXeroSource"), this);
        ask->setText(tr("Choose the data source that reads Xero: nothing is given to Power BI "
                        "until you do."));
        ask->setBold();
        m_datasources->addRow(ask);
    }
    for (const Datasource &datasource : choice.sources) {
        auto *state = sentenceLabel(QStringLiteral("credentialState"), this,
                                    tr("Credential state of %1").arg(describe(datasource)));
        state->setText(credentialState(datasource) + QLatin1Char('\n') +
                       connectionText(datasource));
        m_datasources->addRow(datasourceName(datasource, pickable), state);
    }
}

QWidget *XeroSettingsPage::datasourceName(const Datasource &datasource, bool pickable)
{
    const std::optional<Datasource> &chosen = m_status->xeroSource.chosen;
    const bool isChosen = chosen && chosen->key() == datasource.key();
    if (!pickable) {
        auto *name =
            new ValueLabel(QStringLiteral("datasource"), {}, ValueLabel::Wrap::OneLine, this);
        name->setText(describe(datasource));
        name->setBold();
        return name;
    }
    auto *pick = new QRadioButton(describe(datasource), this);
    pick->setObjectName(QStringLiteral("xeroSourcePick"));
    pick->setAccessibleName(tr("%1 reads Xero").arg(describe(datasource)));
    pick->setChecked(isChosen);
    pick->setEnabled(XeroSourceChoice::canTakeCredentials(datasource));
    m_xeroPick->addButton(pick);
    connect(pick, &QRadioButton::toggled, this, [this, datasource](bool checked) {
        if (checked)
            pickXeroSource(datasource);
    });
    return pick;
}

void XeroSettingsPage::pickXeroSource(const Datasource &datasource)
{
    m_chosen->pickXeroSource(datasource);
    m_status->xeroSource = XeroSourceChoice::from(m_status->datasources, datasource.key());
    // Rebuilt later: this runs inside the toggled radio button's own signal.
    QMetaObject::invokeMethod(this, &XeroSettingsPage::showDatasources, Qt::QueuedConnection);
    readinessChanged();
}

void XeroSettingsPage::showSchedule()
{
    const RefreshSchedule &schedule = m_status->schedule;
    m_schedule->showSchedule(schedule, m_statusReader->now(),
                             m_status->scheduleSwitchedOffAfterFailures);
    m_scheduleFix->setText(RepairStepText::fixSentence(RepairStep::Schedule));
    m_scheduleFix->setVisible(!schedule.isEnabled() || !schedule.isDaily());
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
    const std::optional<Datasource> &chosen = m_status->xeroSource.chosen;
    if (!chosen || chosen->key() != datasource.key())
        return tr("Not the Xero data source: this assistant leaves its credentials as they are.");
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

// Its type and, when Power BI says, the connector's kind and where it reads.
QString XeroSettingsPage::describe(const Datasource &datasource)
{
    const QString type =
        datasource.datasourceType().isEmpty() ? tr("Data source") : datasource.datasourceType();
    const QString kind = datasource.kind();
    if (!kind.isEmpty() && kind.compare(type, Qt::CaseInsensitive) != 0)
        return tr("%1 (%2)").arg(kind, type);
    return type;
}

QString XeroSettingsPage::connectionText(const Datasource &datasource)
{
    const QString where = datasource.whereItReads();
    const QString gateway = datasource.gatewayId().isEmpty()
                                ? tr("no gateway")
                                : tr("gateway %1").arg(datasource.gatewayId());
    return where.isEmpty() ? tr("Through %1.").arg(gateway)
                           : tr("Reads %1, through %2.").arg(where, gateway);
}
