#include "webpagedriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>
#include <QWebEnginePage>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace {

// A JavaScript string literal holding text, whatever characters it has.
QString quoted(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

QVariant WebPageDriver::evaluate(const QString &script) const
{
    auto result = std::make_shared<std::optional<QVariant>>();
    m_page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, answerTimeoutMs)) {
        ADD_FAILURE() << "No answer to the script: " << script.toStdString();
        return {};
    }
    return **result;
}

bool WebPageDriver::waitFor(const QString &condition, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&] {
            auto result = std::make_shared<std::optional<bool>>();
            m_page->runJavaScript(condition,
                                  [result](const QVariant &value) { *result = value.toBool(); });
            if (!QTest::qWaitFor([&] { return result->has_value(); }, 2000))
                return false;
            return result->value_or(false);
        },
        timeoutMs);
}

bool WebPageDriver::waitForElement(const QString &elementId) const
{
    return waitFor(QStringLiteral("document.readyState === 'complete' && "
                                  "document.getElementById(%1) !== null")
                       .arg(quoted(elementId)));
}

void WebPageDriver::setValue(const QString &elementId, const QString &value) const
{
    evaluate(QStringLiteral("document.getElementById(%1).value = %2; true")
                 .arg(quoted(elementId), quoted(value)));
}

void WebPageDriver::click(const QString &elementId) const
{
    evaluate(QStringLiteral("document.getElementById(%1).click(); true").arg(quoted(elementId)));
}

bool WebPageDriver::clickWithTheMouse(QWidget *view, const QString &elementId) const
{
    const QVariantList centre =
        evaluate(QStringLiteral("(function() { var e = document.getElementById(%1);"
                                "e.scrollIntoView(); var r = e.getBoundingClientRect();"
                                "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                     .arg(quoted(elementId)))
            .toList();
    if (centre.size() != 2)
        return false;
    // The web view paints into its focus proxy, which takes the mouse.
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    const QPoint at(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
    QTest::mouseMove(target, at);
    // The page knows the pointer is over the element before the button goes down.
    if (!waitFor(
            QStringLiteral("document.getElementById(%1).matches(':hover')").arg(quoted(elementId)),
            answerTimeoutMs))
        return false;
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    return true;
}

void WebPageDriver::signIn(const QString &email, const QString &password) const
{
    setValue(QStringLiteral("email"), email);
    setValue(QStringLiteral("password"), password);
    click(QStringLiteral("submit"));
}
