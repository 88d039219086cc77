#include "editcredentialspage.h"

#include "credentialstate.h"
#include "datasetfinder.h"
#include "datasetstatus.h"
#include "lastingcredentialflow.h"
#include "operationpanel.h"
#include "powerbibrowser.h"
#include "repairwizard.h"
#include "statusreader.h"
#include "valuelabel.h"
#include "webcontent.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

EditCredentialsPage::EditCredentialsPage(OperationTracker *operations,
                                         LastingCredentialFlow *lasting, StatusReader *status,
                                         DatasetFinder *finder, WebContent *webContent,
                                         QWidget *parent)
    : RepairPage(operations, parent)
    , m_lasting(lasting)
    , m_status(status)
    , m_finder(finder)
    , m_webContent(webContent)
{
    setTitle(tr("Edit the credentials in Power BI"));
    setSubTitle(tr("Step 4: sign in with Xero in Power BI's own dialog, so that Power BI keeps "
                   "the sign-in and renews it on its own."));

    m_viewPlace = new QWidget(this);
    // Room for Power BI's page and its dialog: the wizard grows to it on this step.
    m_viewPlace->setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 28);
    auto *viewLayout = new QVBoxLayout(m_viewPlace);
    viewLayout->setContentsMargins(0, 0, 0, 0);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createSteps());
    columns->addWidget(m_viewPlace, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(createTemporaryChoice());
    layout->addWidget(operationPanel());
}

QWidget *EditCredentialsPage::createSteps()
{
    auto *steps = new QWidget(this);
    steps->setObjectName(QStringLiteral("editCredentialsSteps"));
    // Narrow enough to leave the Power BI page its room, wide enough to read.
    steps->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    auto sentence = [steps](const QString &text) {
        auto *label = new QLabel(text, steps);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    QLabel *open =
        sentence(tr("1. On the Power BI page, open Data source credentials, then select Edit "
                    "credentials next to the Xero data source."));
    m_nameStep = sentence(QString());
    m_nameStep->setObjectName(QStringLiteral("organisationNameStep"));
    m_copyName = new QPushButton(tr("&Copy the organisation name"), steps);
    m_copyName->setObjectName(QStringLiteral("copyOrganisationName"));
    connect(m_copyName, &QPushButton::clicked, this, &EditCredentialsPage::copyOrganisationName);
    QLabel *signIn =
        sentence(tr("3. Select Sign in, sign in to Xero in the window that opens, tick the "
                    "organisation and allow access."));
    QLabel *done = sentence(tr("4. The window closes by itself and Power BI says the credentials "
                               "were updated. Then select Next."));
    m_outcome = new ValueLabel(QStringLiteral("credentialOutcome"), tr("Where the dialog stands"),
                               ValueLabel::Wrap::Sentence, steps);
    m_outcome->setBold();

    auto *layout = new QVBoxLayout(steps);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(open), static_cast<QWidget *>(m_nameStep),
                            static_cast<QWidget *>(m_copyName), static_cast<QWidget *>(signIn),
                            static_cast<QWidget *>(done), static_cast<QWidget *>(m_outcome)})
        layout->addWidget(widget);
    layout->addStretch(1);
    return steps;
}

QWidget *EditCredentialsPage::createTemporaryChoice()
{
    auto *box = new QWidget(this);
    m_temporary = new QPushButton(tr("&Use a temporary credential instead..."), box);
    m_temporary->setObjectName(QStringLiteral("useTemporaryCredential"));
    m_temporary->setAccessibleDescription(
        tr("For when Power BI's dialog cannot be used: this program signs in to Xero and gives "
           "Power BI a credential that lasts 30 minutes"));
    connect(m_temporary, &QPushButton::clicked, this, &EditCredentialsPage::offerTemporary);

    m_temporaryChoice = new QWidget(box);
    m_temporaryText = new QLabel(m_temporaryChoice);
    m_temporaryText->setWordWrap(true);
    m_temporaryText->setObjectName(QStringLiteral("temporaryCredentialWarning"));
    m_confirmTemporary =
        new QPushButton(tr("Sign in to Xero &here for 30 minutes"), m_temporaryChoice);
    m_confirmTemporary->setObjectName(QStringLiteral("confirmTemporaryCredential"));
    connect(m_confirmTemporary, &QPushButton::clicked, this, [this] {
        m_useTemporary = true;
        readinessChanged();
        wizard()->next();
    });
    auto *choiceLayout = new QHBoxLayout(m_temporaryChoice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_temporaryText, 1);
    choiceLayout->addWidget(m_confirmTemporary, 0, Qt::AlignTop);
    m_temporaryChoice->hide();

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_temporary, 0, Qt::AlignLeft);
    layout->addWidget(m_temporaryChoice);
    return box;
}

void EditCredentialsPage::initializePage()
{
    RepairPage::initializePage();
    m_given = false;
    m_useTemporary = false;
    m_knownBroken = false;
    m_alreadyLasting = false;
    m_temporary->setEnabled(false);
    m_temporaryChoice->hide();
    m_outcome->setText(tr("Waiting for Power BI's dialog."));
    const QString name = field(RepairWizard::organisationField()).toString().trimmed();
    m_nameStep->setText(
        tr("2. In the dialog, enter the organisation name where Power BI asks for it: %1")
            .arg(name));
    m_copyName->setEnabled(!name.isEmpty());
    m_copyName->setText(tr("&Copy the organisation name"));
    openPowerBiPage();
    loadStatus();
}

void EditCredentialsPage::openPowerBiPage()
{
    if (!m_view) {
        m_view = m_webContent->createPowerBiBrowser(m_viewPlace);
        m_viewPlace->layout()->addWidget(m_view);
        connect(m_view, &PowerBiBrowser::popupOpened, this,
                [this] { m_outcome->setText(tr("Sign in to Xero in the window that opened.")); });
        connect(m_view, &PowerBiBrowser::popupEnded, this, &EditCredentialsPage::popupEnded);
    }
    m_view->open(m_lasting->settingsPage(), m_lasting->pageHosts(), m_lasting->oauthRedirectPage());
}

// Whether the credential Power BI holds is known broken decides whether a push may replace it.
void EditCredentialsPage::loadStatus()
{
    setBusy(tr("Reading the state of the Xero credential…"), [this] { loadStatus(); });
    m_status->loadStatus(this, [this](Result<DatasetStatus> status) {
        if (!status)
            return showError(status.error());
        setIdle();
        statusLoaded(status.value());
    });
}

void EditCredentialsPage::statusLoaded(const DatasetStatus &status)
{
    m_xeroSourceKey = status.xeroSource.chosen ? status.xeroSource.chosen->key() : QString();
    const CredentialState::Kind kind = status.credential.kind;
    // Broken, or one this program pushed itself: nothing that lasts would be replaced.
    m_knownBroken = kind == CredentialState::Kind::Broken ||
                    kind == CredentialState::Kind::Expired ||
                    kind == CredentialState::Kind::Temporary;
    m_temporary->setEnabled(m_knownBroken);
    // Given in Power BI's dialog before, and not failed since: nothing to do again.
    m_alreadyLasting = kind == CredentialState::Kind::Lasting;
    if (m_alreadyLasting && !m_given)
        m_outcome->setText(status.credential.sentence());
    m_temporary->setToolTip(m_knownBroken
                                ? QString()
                                : tr("Only when the credential Power BI holds is known to be "
                                     "broken: a temporary one would replace it."));
    readinessChanged();
}

void EditCredentialsPage::retry()
{
    loadStatus();
}

void EditCredentialsPage::popupEnded(const QUrl &answer)
{
    switch (m_lasting->popupEnded(answer, m_xeroSourceKey)) {
    case LastingCredentialFlow::Outcome::Given:
        m_given = true;
        m_outcome->setText(tr("Power BI received the new Xero sign-in. Check that the page says "
                              "the credentials were updated, then select Next."));
        break;
    case LastingCredentialFlow::Outcome::Cancelled:
        m_outcome->setText(tr("You declined the access at Xero: the credentials were not "
                              "updated. Select Sign in again in Power BI's dialog."));
        break;
    case LastingCredentialFlow::Outcome::Refused:
        m_outcome->setText(tr("Xero refused the sign-in (%1): the credentials were not updated.")
                               .arg(m_lasting->lastError()));
        break;
    case LastingCredentialFlow::Outcome::Closed:
        m_outcome->setText(tr("The sign-in window closed before Xero answered: the credentials "
                              "were not updated. Select Sign in again in Power BI's dialog."));
        break;
    }
    readinessChanged();
}

void EditCredentialsPage::copyOrganisationName()
{
    QGuiApplication::clipboard()->setText(
        field(RepairWizard::organisationField()).toString().trimmed());
    m_copyName->setText(tr("&Copied: paste it there"));
}

// Before the user chooses it: how long it lasts, and whose credential it replaces besides.
void EditCredentialsPage::offerTemporary()
{
    m_temporary->setEnabled(false);
    setBusy(tr("Looking for the other datasets that read this data source…"),
            [this] { offerTemporary(); });
    m_finder->loadSharingDatasets(
        m_xeroSourceKey, this, [this](Result<QList<DatasetChoice>> sharing) {
            setIdle();
            m_temporary->setEnabled(true);
            if (!sharing)
                return showTemporaryCost(tr("Which other datasets read it could not be "
                                            "found: %1")
                                             .arg(sharing.error().plainSentence()));
            QStringList names;
            for (const DatasetChoice &dataset : sharing.value())
                names.append(dataset.displayName());
            showTemporaryCost(names.isEmpty() ? tr("No other dataset of yours reads it.")
                                              : tr("These datasets read it too, and get the "
                                                   "same temporary credential: %1.")
                                                    .arg(names.join(QStringLiteral(", "))));
        });
}

void EditCredentialsPage::showTemporaryCost(const QString &sharing)
{
    const QDateTime until = m_status->now().addSecs(30 * 60).toLocalTime();
    m_temporaryText->setText(
        tr("A temporary credential lasts 30 minutes only: until about %1. It replaces the one "
           "Power BI holds for this data source, and the next scheduled refresh after %1 fails "
           "with it. Use it to refresh now when Power BI's dialog cannot be used.")
            .arg(QLocale().toString(until.time(), QLocale::ShortFormat)) +
        QLatin1Char(' ') + sharing);
    m_temporaryChoice->show();
}

QString EditCredentialsPage::outcome() const
{
    return m_outcome->text();
}

bool EditCredentialsPage::isReady() const
{
    return m_given || m_alreadyLasting || m_useTemporary;
}

int EditCredentialsPage::nextId() const
{
    return m_useTemporary ? RepairWizard::PageSignInXero : RepairWizard::PageSchedule;
}
