#include "operationpanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

OperationPanel::OperationPanel(QWidget *parent)
    : QWidget(parent)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OperationPanel::countDown);
    m_icon = new QLabel(this);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setAccessibleName(tr("Progress and messages"));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_bar->setAccessibleName(tr("Working"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the step under way"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setAccessibleName(tr("Try the step again"));
    m_detailsButton = new QPushButton(tr("Show details"), this);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show the technical details"));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setFrameShape(QFrame::StyledPanel);

    auto *line = new QHBoxLayout;
    line->addWidget(m_icon, 0, Qt::AlignTop);
    line->addWidget(m_sentence, 1);
    line->addWidget(m_detailsButton, 0, Qt::AlignTop);
    line->addWidget(m_retry, 0, Qt::AlignTop);
    line->addWidget(m_cancel, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addLayout(line);
    layout->addWidget(m_details);

    connect(m_cancel, &QPushButton::clicked, this, &OperationPanel::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &OperationPanel::retry);
    connect(m_detailsButton, &QPushButton::toggled, this, &OperationPanel::setDetailsVisible);
    clear();
}

void OperationPanel::showBusy(const QString &sentence, std::function<void()> again)
{
    clear();
    m_again = std::move(again);
    m_busy = true;
    m_sentence->setText(sentence);
    m_sentence->setVisible(true);
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    setVisible(true);
}

void OperationPanel::setSentence(const QString &sentence)
{
    if (!m_busy)
        return;
    m_countdown->stop();
    m_sentence->setText(sentence);
}

void OperationPanel::showWait(ApiError::Service service, qint64 seconds)
{
    if (!m_busy)
        return;
    m_waitingFor = service;
    m_secondsLeft = seconds;
    m_countdown->start();
    countDown();
}

void OperationPanel::countDown()
{
    const QString name = ApiError::serviceName(m_waitingFor);
    if (m_secondsLeft <= 0) {
        m_countdown->stop();
        m_sentence->setText(tr("Trying %1 again…").arg(name));
        return;
    }
    m_sentence->setText(tr("%1 is receiving too many requests and asked this program to wait: "
                           "trying again in %n second(s)…",
                           nullptr, static_cast<int>(m_secondsLeft))
                            .arg(name));
    --m_secondsLeft;
}

void OperationPanel::showError(const ApiError &error, bool retryable)
{
    clear();
    m_sentence->setVisible(true);
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_sentence->setText(tr("Cancelled. Nothing more was sent."));
        m_retry->setVisible(retryable);
        return;
    }
    m_showingError = true;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setVisible(true);
    m_sentence->setText(error.plainSentence());
    m_details->setText(error.technicalDetails());
    m_detailsButton->setVisible(true);
    m_retry->setVisible(retryable);
}

void OperationPanel::showNote(const QString &sentence)
{
    clear();
    m_sentence->setText(sentence);
    m_sentence->setVisible(!sentence.isEmpty());
}

void OperationPanel::clear()
{
    m_countdown->stop();
    m_busy = false;
    m_showingError = false;
    m_icon->clear();
    m_icon->setVisible(false);
    m_sentence->clear();
    m_sentence->setVisible(false);
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_retry->setVisible(false);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
}

QString OperationPanel::sentence() const
{
    return m_sentence->text();
}

QString OperationPanel::details() const
{
    return m_details->text();
}

void OperationPanel::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setText(visible ? tr("Hide details") : tr("Show details"));
}

void OperationPanel::retry()
{
    if (!m_again)
        return emit retryRequested();
    // A copy: trying again starts a step, which replaces m_again while it runs.
    const std::function<void()> again = m_again;
    again();
}
