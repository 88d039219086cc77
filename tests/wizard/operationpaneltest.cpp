#include "operationpanel.h"

#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

QPushButton *retryButton(const OperationPanel &panel)
{
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->text() == OperationPanel::tr("Retry"))
            return button;
    }
    return nullptr;
}

ApiError failure()
{
    return ApiError::http(ApiError::Service::PowerBi, 500, QStringLiteral("InternalError"),
                          QStringLiteral("Something went wrong."));
}

} // namespace

// Retry does again the step that failed: the one the window started last, told when it began,
// so that a window with several steps need not remember which one it was.
TEST(OperationPanel, RetryRunsAgainTheStepThatFailed)
{
    OperationPanel panel;
    QSignalSpy fallback(&panel, &OperationPanel::retryRequested);
    int loads = 0;
    int changes = 0;
    panel.showBusy(QStringLiteral("Reading…"), [&] { ++loads; });
    panel.showBusy(QStringLiteral("Changing…"), [&] {
        ++changes;
        // Trying again starts the step anew, which gives the panel its `again` once more.
        panel.showBusy(QStringLiteral("Changing…"), [&] { ++changes; });
    });
    panel.showError(failure());
    ASSERT_NE(retryButton(panel), nullptr);
    retryButton(panel)->click();
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(loads, 0);
    EXPECT_TRUE(panel.isBusy());
    panel.showError(failure());
    retryButton(panel)->click();
    EXPECT_EQ(changes, 2);
    EXPECT_EQ(fallback.size(), 0);
}

TEST(OperationPanel, WithoutItsOwnStepRetryAsksTheWindow)
{
    OperationPanel panel;
    QSignalSpy fallback(&panel, &OperationPanel::retryRequested);
    panel.showBusy(QStringLiteral("Reading…"));
    panel.showError(failure());
    retryButton(panel)->click();
    EXPECT_EQ(fallback.size(), 1);
}
