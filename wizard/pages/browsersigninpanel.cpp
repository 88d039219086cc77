#include "browsersigninpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BrowserSignInPanel::BrowserSignInPanel(const Texts &texts, QWidget *parent)
    : QWidget(parent)
{
    m_sentence = new QLabel(this);
    // The sentence names the organisation the user typed: never read as markup.
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    m_sentence->setAccessibleName(texts.sentenceName);
    QFont larger = m_sentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_sentence->setFont(larger);
    m_continue = new QPushButton(texts.continueButton, this);
    m_continue->setAccessibleName(texts.continueButtonName);
    m_continue->setDefault(true);
    m_openAgain = new QPushButton(texts.openAgainButton, this);
    m_openAgain->setAccessibleName(texts.openAgainButtonName);
    m_cancel = new QPushButton(texts.cancelButton, this);
    m_cancel->setAccessibleName(texts.cancelButtonName);
    connect(m_continue, &QPushButton::clicked, this, &BrowserSignInPanel::continueRequested);
    connect(m_openAgain, &QPushButton::clicked, this, &BrowserSignInPanel::openAgainRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BrowserSignInPanel::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentence);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void BrowserSignInPanel::showOffer(const QString &sentence)
{
    m_sentence->setText(sentence);
    m_continue->show();
    m_cancel->show();
    m_openAgain->hide();
}

void BrowserSignInPanel::showWaiting(const QString &sentence)
{
    m_sentence->setText(sentence);
    m_continue->hide();
    m_cancel->hide();
    m_openAgain->show();
}

QString BrowserSignInPanel::sentence() const
{
    return m_sentence->text();
}
