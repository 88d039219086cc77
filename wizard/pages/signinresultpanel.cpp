#include "signinresultpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

static QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Names come from the user and from Xero: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

SignInResultPanel::SignInResultPanel(const Texts &texts, QWidget *parent)
    : QWidget(parent)
{
    m_found = plainLabel(this);
    m_found->setAccessibleName(texts.foundName);
    m_pushed = plainLabel(this);
    m_pushed->setAccessibleName(texts.pushedName);
    QFont larger = m_found->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_found->setFont(larger);
    m_pushed->setFont(larger);
    m_anotherUser = new QPushButton(texts.anotherUserButton, this);
    m_anotherUser->setAccessibleName(texts.anotherUserButtonName);
    connect(m_anotherUser, &QPushButton::clicked, this, &SignInResultPanel::anotherUserRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherUser);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_found);
    layout->addWidget(m_pushed);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void SignInResultPanel::showFound(const QString &sentence)
{
    m_found->setText(sentence);
    m_pushed->hide();
}

void SignInResultPanel::showPushed(const QString &sentence)
{
    m_pushed->setText(sentence);
    m_pushed->show();
}

QString SignInResultPanel::text() const
{
    return m_pushed->isVisible() ? m_found->text() + QLatin1Char('\n') + m_pushed->text()
                                 : m_found->text();
}
