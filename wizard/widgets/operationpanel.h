#pragma once

#include "apierror.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The strip under a page's content that says what a long step is doing: a sentence with a busy
// bar and Cancel while it runs; a plain sentence with the technical details one click away (and
// Retry when the page offers one) when it failed; a short note otherwise. Every page has one, so
// that waiting and failing look the same everywhere.
class OperationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OperationPanel(QWidget *parent = nullptr);

    // Running: the sentence, an indeterminate bar and Cancel. again: what Retry does should this
    // step fail; without it, Retry emits retryRequested().
    void showBusy(const QString &sentence, std::function<void()> again = {});
    // While busy, a new sentence (the repair session's progress()).
    void setSentence(const QString &sentence);
    // While busy, a wait a service asked for (OperationTracker::waiting): counted down each
    // second until the next sentence.
    void showWait(ApiError::Service service, qint64 seconds);
    // Failed: error.plainSentence(), Show details (error.technicalDetails()), and Retry when
    // retryable. A cancelled operation just says so.
    void showError(const ApiError &error, bool retryable = true);
    // A plain note (success or advice), no bar, no buttons.
    void showNote(const QString &sentence);
    void clear();

    bool isBusy() const { return m_busy; }
    bool isShowingError() const { return m_showingError; }
    QString sentence() const;
    QString details() const;

signals:
    void cancelRequested();
    // Retry, for a step started without its own `again`.
    void retryRequested();

private:
    void setDetailsVisible(bool visible);
    void countDown();
    void retry();

    QLabel *m_icon = nullptr;
    QLabel *m_sentence = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QLabel *m_details = nullptr;
    std::function<void()> m_again;
    QTimer *m_countdown = nullptr;
    ApiError::Service m_waitingFor = ApiError::Service::PowerBi;
    qint64 m_secondsLeft = 0;
    bool m_busy = false;
    bool m_showingError = false;
};
