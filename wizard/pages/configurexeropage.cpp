#include "configurexeropage.h"

#include "operationpanel.h"
#include "repairwizard.h"
#include "xerosigninflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ConfigureXeroPage::ConfigureXeroPage(OperationTracker *operations, XeroSignInFlow *xero,
                                     QWidget *parent)
    : RepairPage(operations, parent)
    , m_xero(xero)
{
    setTitle(tr("Configure Xero"));
    setSubTitle(tr("Step 3: the Xero organisation the dataset reads."));

    auto *intro = new QLabel(tr("Enter the name of your organisation as it appears in Xero (at "
                                "the top left of Xero, next to the organisation menu). On the "
                                "next step, Power BI's own dialog asks for it: the program "
                                "offers it there to paste."),
                             this);
    intro->setWordWrap(true);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setAccessibleName(tr("Organisation name"));
    m_nameEdit->setAccessibleDescription(tr("The name of the organisation as it appears in Xero"));
    m_nameEdit->setPlaceholderText(tr("For example: Contoso Ltd"));
    // One character more than allowed, so that a paste gone wrong is explained, not cut.
    m_nameEdit->setMaxLength(maximumNameLength + 1);
    auto *nameLabel = new QLabel(tr("&Organisation name:"), this);
    nameLabel->setBuddy(m_nameEdit);

    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setAccessibleName(tr("Rule for the organisation name"));
    m_prefillNote = new QLabel(this);
    m_prefillNote->setWordWrap(true);
    m_prefillNote->hide();

    // The rule and the note sit right under the field they are about.
    auto *field = new QVBoxLayout;
    field->addWidget(m_nameEdit);
    field->addWidget(m_rule);
    field->addWidget(m_prefillNote);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(nameLabel, field);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(operationPanel());

    // "*": Next needs it; isReady() adds the rules an empty check does not see.
    registerField(RepairWizard::organisationField() + QLatin1Char('*'), m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        showRule();
        readinessChanged();
    });
    showRule();
}

// Prefilled only when empty: a name the user typed, then came back to, stays as typed.
void ConfigureXeroPage::initializePage()
{
    RepairPage::initializePage();
    m_prefillNote->hide();
    // The one thing to do here is to type: the keys go to the name at once.
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    const QString last = m_xero->lastOrganisationName();
    if (!m_nameEdit->text().trimmed().isEmpty() || last.isEmpty())
        return;
    m_nameEdit->setText(last);
    m_prefillNote->setText(tr("Filled in with the organisation you used last time. Change it if "
                              "this dataset reads another one."));
    m_prefillNote->show();
}

QString ConfigureXeroPage::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the organisation name.");
    if (trimmed.size() > maximumNameLength)
        return tr("This name is too long: an organisation name has at most %n characters.", nullptr,
                  maximumNameLength);
    return {};
}

QString ConfigureXeroPage::ruleText() const
{
    return m_rule->text();
}

bool ConfigureXeroPage::isReady() const
{
    return nameProblem(m_nameEdit->text()).isEmpty();
}

// The rule is always in view, so that nobody has to fail first to learn it; what breaks it
// replaces it in bold (the palette's own text colour: readable on a dark palette too).
void ConfigureXeroPage::showRule()
{
    const QString problem = nameProblem(m_nameEdit->text());
    if (problem.isEmpty() || m_nameEdit->text().isEmpty()) {
        m_rule->setText(tr("Type it as Xero shows it, up to %n characters. Capitals and spaces "
                           "do not matter; spaces at either end are ignored.",
                           nullptr, maximumNameLength));
        setRuleBold(false);
        return;
    }
    m_rule->setText(problem);
    setRuleBold(true);
}

void ConfigureXeroPage::setRuleBold(bool bold)
{
    QFont font = m_rule->font();
    font.setBold(bold);
    m_rule->setFont(font);
}
