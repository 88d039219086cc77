#include "firststartdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

const QString defaultTenant = QStringLiteral("organizations");

QLabel *sentenceLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstStartDialog::FirstStartDialog(const QUrl &microsoftRedirectUri, const QUrl &xeroRedirectUri,
                                   const QUrl &xeroLoopbackRedirectUri, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Xero Refresh Assistant"));
    auto *intro = sentenceLabel(tr("To repair a dataset, the assistant signs in to Power BI "
                                   "through an app registration of your organisation. Choose "
                                   "how to start:"),
                                this);

    m_connect = new QRadioButton(tr("C&onnect my Power BI"), this);
    m_connect->setAccessibleName(tr("Connect my Power BI with an app registration"));
    m_sandbox = new QRadioButton(tr("&Explore the built-in sandbox"), this);
    m_sandbox->setAccessibleName(tr("Explore the built-in sandbox, offline"));
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_connect, static_cast<int>(Choice::ConnectPowerBi));
    m_choices->addButton(m_sandbox, static_cast<int>(Choice::ExploreSandbox));
    m_connect->setChecked(true);
    m_connectFields =
        buildConnectFields(microsoftRedirectUri, xeroRedirectUri, xeroLoopbackRedirectUri);
    auto *sandboxNote = sentenceLabel(tr("A made-up Power BI and Xero on this computer, with a "
                                         "broken Xero dataset to repair. Nothing is saved."),
                                      this);

    m_problem = sentenceLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setAccessibleName(tr("What to correct"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Continue with this choice"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Quit the assistant"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_connect);
    layout->addWidget(m_connectFields);
    layout->addWidget(m_sandbox);
    layout->addWidget(sandboxNote);
    sandboxNote->setIndent(fontMetrics().averageCharWidth() * 4);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // On a child: a minimum set on the dialog would stop the layout from giving it the height
    // its wrapped sentences need.
    intro->setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, &FirstStartDialog::updateState);
    connect(m_clientId, &QLineEdit::textChanged, this, &FirstStartDialog::updateState);
    connect(m_tenant, &QLineEdit::textChanged, this, &FirstStartDialog::updateState);
    connect(m_xeroClientId, &QLineEdit::textChanged, this, &FirstStartDialog::updateState);
    setTabOrder(m_connect, m_clientId);
    setTabOrder(m_clientId, m_tenant);
    setTabOrder(m_tenant, m_xeroClientId);
    setTabOrder(m_xeroClientId, m_olderXeroApp);
    setTabOrder(m_olderXeroApp, m_sandbox);
    updateState();
}

QWidget *FirstStartDialog::buildConnectFields(const QUrl &microsoftRedirectUri,
                                              const QUrl &xeroRedirectUri,
                                              const QUrl &xeroLoopbackRedirectUri)
{
    auto *fields = new QWidget(this);
    auto *howTo = sentenceLabel(
        tr("Register an app in the Microsoft Entra admin center as a public client with the "
           "redirect URI %1, and give it the Power BI Service delegated permission "
           "Dataset.ReadWrite.All. Then copy its Application (client) ID and Directory (tenant) "
           "ID here (<a href=\"%2\">how to register an app</a>).")
            .arg(microsoftRedirectUri.toString().toHtmlEscaped(), registrationGuideUrl()),
        fields);
    howTo->setObjectName(QStringLiteral("howToLabel"));
    howTo->setTextFormat(Qt::RichText);
    howTo->setOpenExternalLinks(true);
    howTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    howTo->setAccessibleName(tr("How to get the application and directory IDs"));

    m_clientId = new QLineEdit(fields);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_clientId->setClearButtonEnabled(true);
    m_tenant = new QLineEdit(defaultTenant, fields);
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setAccessibleName(tr("Directory (tenant) ID"));

    auto *xeroHowTo = sentenceLabel(
        tr("Register a Xero app too, of the type \"Auth code with PKCE\", with two redirect URIs: "
           "%1 (the sign-in in this window) and %2 (a sign-in that goes on in your web browser, "
           "such as with Google). Copy its client ID here (<a href=\"%3\">Xero's app "
           "registrations</a>).")
            .arg(xeroRedirectUri.toString().toHtmlEscaped(),
                 xeroLoopbackRedirectUri.toString().toHtmlEscaped(), xeroRegistrationUrl()),
        fields);
    xeroHowTo->setObjectName(QStringLiteral("xeroHowToLabel"));
    xeroHowTo->setTextFormat(Qt::RichText);
    xeroHowTo->setOpenExternalLinks(true);
    xeroHowTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    xeroHowTo->setAccessibleName(tr("How to get the Xero client ID"));
    m_xeroClientId = new QLineEdit(fields);
    m_xeroClientId->setObjectName(QStringLiteral("xeroClientIdEdit"));
    m_xeroClientId->setAccessibleName(tr("Xero app client ID"));
    m_xeroClientId->setClearButtonEnabled(true);
    m_olderXeroApp = new QCheckBox(tr("My Xero app was created &before 2 March 2026"), fields);
    m_olderXeroApp->setObjectName(QStringLiteral("olderXeroAppCheck"));
    m_olderXeroApp->setAccessibleName(
        tr("My Xero app was created before 2 March 2026 and has only the broad scopes"));
    auto *scopesNote = sentenceLabel(
        tr("Xero apps created on or after 2 March 2026 have Xero's granular scopes, which the "
           "assistant asks for. An older app may still have only the broad ones "
           "(accounting.transactions, accounting.reports.read): tick the box and the assistant "
           "asks for those. The setting xero/scopeSet (granular or broad) keeps this choice."),
        fields);
    scopesNote->setObjectName(QStringLiteral("xeroScopesLabel"));

    // Wide enough to show a whole id: a cut one cannot be checked by eye against the portal.
    const int idWidth = fontMetrics().horizontalAdvance(QStringLiteral("0")) * 40;
    m_clientId->setMinimumWidth(idWidth);
    m_xeroClientId->setMinimumWidth(idWidth);

    auto *form = new QFormLayout;
    auto *clientIdLabel = new QLabel(tr("&Application (client) ID:"), fields);
    clientIdLabel->setBuddy(m_clientId);
    auto *tenantLabel = new QLabel(tr("&Directory (tenant) ID:"), fields);
    tenantLabel->setBuddy(m_tenant);
    form->addRow(clientIdLabel, m_clientId);
    form->addRow(tenantLabel, m_tenant);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    layout->addWidget(howTo);
    layout->addLayout(form);
    auto *xeroForm = new QFormLayout;
    auto *xeroClientIdLabel = new QLabel(tr("&Xero app client ID:"), fields);
    xeroClientIdLabel->setBuddy(m_xeroClientId);
    xeroForm->addRow(xeroClientIdLabel, m_xeroClientId);
    xeroForm->addRow(QString(), m_olderXeroApp);
    layout->addWidget(xeroHowTo);
    layout->addLayout(xeroForm);
    layout->addWidget(scopesNote);
    return fields;
}

FirstStartDialog::Choice FirstStartDialog::choice() const
{
    return m_sandbox->isChecked() ? Choice::ExploreSandbox : Choice::ConnectPowerBi;
}

QString FirstStartDialog::clientId() const
{
    return m_clientId->text().trimmed();
}

QString FirstStartDialog::tenant() const
{
    const QString tenant = m_tenant->text().trimmed();
    return tenant.isEmpty() ? defaultTenant : tenant;
}

void FirstStartDialog::setChoice(Choice choice)
{
    (choice == Choice::ExploreSandbox ? m_sandbox : m_connect)->setChecked(true);
}

void FirstStartDialog::setClientId(const QString &clientId)
{
    m_clientId->setText(clientId);
}

void FirstStartDialog::setTenant(const QString &tenant)
{
    m_tenant->setText(tenant);
}

QString FirstStartDialog::xeroClientId() const
{
    return m_xeroClientId->text().trimmed();
}

void FirstStartDialog::setXeroClientId(const QString &clientId)
{
    m_xeroClientId->setText(clientId);
}

bool FirstStartDialog::xeroAppPredatesGranularScopes() const
{
    return m_olderXeroApp->isChecked();
}

void FirstStartDialog::setXeroAppPredatesGranularScopes(bool older)
{
    m_olderXeroApp->setChecked(older);
}

QString FirstStartDialog::problem() const
{
    if (choice() == Choice::ExploreSandbox)
        return {};
    if (clientId().isEmpty())
        return tr("Enter the Application (client) ID of your app registration.");
    if (!isGuid(clientId()))
        return tr("The Application (client) ID is a GUID such as "
                  "1b7f0c3e-52a8-4d2f-9e41-6c0a8d3b2f57.");
    if (!isTenant(tenant()))
        return tr("The Directory (tenant) ID is a GUID, a domain such as "
                  "contoso.onmicrosoft.com, or \"organizations\".");
    if (xeroClientId().isEmpty())
        return tr("Enter the client ID of your Xero app.");
    if (!isXeroClientId(xeroClientId()))
        return tr("The Xero client ID is made of letters and digits only, 32 of them as Xero "
                  "shows it.");
    return {};
}

bool FirstStartDialog::isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?$"),
        QRegularExpression::CaseInsensitiveOption);
    return guid.match(text.trimmed()).hasMatch();
}

bool FirstStartDialog::isTenant(const QString &text)
{
    static const QRegularExpression domain(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString tenant = text.trimmed();
    return tenant.compare(defaultTenant, Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 || isGuid(tenant) ||
           domain.match(tenant).hasMatch();
}

bool FirstStartDialog::isXeroClientId(const QString &text)
{
    static const QRegularExpression clientId(QStringLiteral("^[A-Za-z0-9]{16,64}$"));
    return clientId.match(text.trimmed()).hasMatch();
}

void FirstStartDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

// The problem is said as soon as something is typed, and Continue waits until it is solved.
void FirstStartDialog::updateState()
{
    const bool connect = choice() == Choice::ConnectPowerBi;
    m_connectFields->setEnabled(connect);
    const QString problem = this->problem();
    m_problem->setText(connect && !m_clientId->text().isEmpty() ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
