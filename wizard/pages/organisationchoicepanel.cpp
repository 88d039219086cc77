#include "organisationchoicepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

static QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Names come from the user and from Xero: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

OrganisationChoicePanel::OrganisationChoicePanel(const Texts &texts, QWidget *parent)
    : QWidget(parent)
{
    m_sentence = plainLabel(this);
    m_sentence->setAccessibleName(texts.sentenceName);
    // Made before its list, so that screen readers, which follow the order of the children, meet
    // it first.
    auto *listLabel = new QLabel(texts.listLabel, this);
    m_organisations = new QListWidget(this);
    m_organisations->setAccessibleName(texts.listName);
    m_organisations->setSelectionMode(QAbstractItemView::SingleSelection);
    listLabel->setBuddy(m_organisations);
    m_use = new QPushButton(texts.useButton, this);
    m_use->setAccessibleName(texts.useButtonName);
    m_use->setEnabled(false);
    m_signInAgain = new QPushButton(texts.signInAgainButton, this);
    m_signInAgain->setAccessibleName(texts.signInAgainButtonName);
    auto *orBack = plainLabel(this);
    orBack->setText(texts.orBack);

    connect(m_organisations, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_use->setEnabled(current); });
    connect(m_organisations, &QListWidget::itemActivated, this,
            &OrganisationChoicePanel::useRequested);
    connect(m_use, &QPushButton::clicked, this, &OrganisationChoicePanel::useRequested);
    connect(m_signInAgain, &QPushButton::clicked, this,
            &OrganisationChoicePanel::signInAgainRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addWidget(m_signInAgain);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentence);
    layout->addWidget(listLabel);
    layout->addWidget(m_organisations);
    layout->addLayout(buttons);
    layout->addWidget(orBack);
    layout->addStretch(1);
}

void OrganisationChoicePanel::offer(const QList<XeroConnection> &organisations,
                                    const QString &sentence)
{
    m_organisations->clear();
    for (const XeroConnection &organisation : organisations) {
        auto *item = new QListWidgetItem(organisation.tenantName(), m_organisations);
        item->setData(Qt::UserRole, organisation.tenantId());
    }
    if (organisations.size() == 1)
        m_organisations->setCurrentRow(0);
    m_sentence->setText(sentence);
    fitListToItems();
    m_organisations->setVisible(!organisations.isEmpty());
    m_use->setVisible(!organisations.isEmpty());
}

QString OrganisationChoicePanel::sentence() const
{
    return m_sentence->text();
}

const QListWidgetItem *OrganisationChoicePanel::chosen() const
{
    return m_organisations->currentItem();
}

// As tall as its few names (a handful at most), so that the buttons stay next to them.
void OrganisationChoicePanel::fitListToItems()
{
    constexpr int mostRowsShown = 8;
    const int rows = std::clamp(static_cast<int>(m_organisations->count()), 2, mostRowsShown);
    const int rowHeight = std::max(m_organisations->sizeHintForRow(0), fontMetrics().height());
    m_organisations->setMaximumHeight(rows * rowHeight + 2 * m_organisations->frameWidth() +
                                      fontMetrics().height() / 2);
}
