#pragma once

#include <QString>
#include <QVariant>

class QWebEnginePage;
class QWidget;

// Drives a page shown in a QWebEngineView the way a person would: waits until an element is
// there, types into fields, clicks. Every wait is bounded; a timeout fails the current test.
class WebPageDriver
{
public:
    // WebEngine starts in seconds on a small machine.
    static constexpr int pageTimeoutMs = 20000;
    static constexpr int answerTimeoutMs = 10000;

    explicit WebPageDriver(QWebEnginePage *page)
        : m_page(page)
    {}

    // Runs a script in the page and waits for its value.
    QVariant evaluate(const QString &script) const;
    // Waits until a script's value is true.
    bool waitFor(const QString &condition, int timeoutMs = pageTimeoutMs) const;
    // Waits until the page has loaded and holds the element with this id.
    bool waitForElement(const QString &elementId) const;
    void setValue(const QString &elementId, const QString &value) const;
    void click(const QString &elementId) const;
    // A person's click: the mouse moved onto the element (the page sees it hovered) and clicked
    // there, in view, the widget that shows the page. Unlike click(), the page cannot tell it
    // from a real one, nor can the view tell it from a script's.
    bool clickWithTheMouse(QWidget *view, const QString &elementId) const;
    // Fills the sandbox's sign-in form (fields "email" and "password") and submits it.
    void signIn(const QString &email, const QString &password) const;

private:
    QWebEnginePage *m_page;
};
