#pragma once

#include <QDBusConnection>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Reads a running program's windows the way a screen reader does: through the accessibility
// bus of the session (AT-SPI), every element on screen with its role ("push button", "entry",
// "label", ...), its accessible name and its state (enabled, focused, checked). The end-to-end
// test waits on what a person would see this way (Next becomes enabled, the sign-in page's
// e-mail field has the focus) instead of sleeping. Qt answers on that bus when the program runs
// with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; the web engine's pages answer through Qt. Test code
// only: every call blocks for at most a few seconds.
class ScreenReader
{
public:
    // AT-SPI's state numbers (AtspiStateType).
    enum class State : uint
    {
        Checked = 4,
        Enabled = 8,
        Focused = 12,
        Showing = 25
    };

    struct Element
    {
        QString role;
        QString name;
        QString text; // a label's or a field's text
        QList<uint> states;
        bool has(State state) const;
        // A field to type into (not a password field).
        bool isField() const;
    };

    ScreenReader();
    ~ScreenReader();
    ScreenReader(const ScreenReader &) = delete;
    ScreenReader &operator=(const ScreenReader &) = delete;

    // Follows the program of process pid, once it is on the accessibility bus (the bus is
    // started through D-Bus activation when nobody has yet).
    bool attach(qint64 pid, int timeoutMs);
    // Everything the program shows now, in the order of its windows' trees.
    QList<Element> showing() const;
    // Waits until something shown matches; the element, or nullopt after timeoutMs.
    std::optional<Element> waitFor(const std::function<bool(const Element &)> &matches,
                                   int timeoutMs) const;
    // Waits until a shown element of this role and name has every state given.
    bool waitFor(const QString &role, const QString &name, const QList<State> &states,
                 int timeoutMs) const;
    // What is shown, one element a line: for a failure's message.
    QString describe() const;

private:
    struct Reference
    {
        QString service;
        QString path;
    };

    bool connectToBus();
    QVariant call(const Reference &object, const QString &interface, const QString &method,
                  const QVariantList &arguments = {}) const;
    QList<Reference> children(const Reference &object) const;
    Element read(const Reference &object) const;
    void collect(const Reference &object, int depth, QList<Element> *into) const;

    QString m_connectionName;
    std::optional<QDBusConnection> m_bus;
    QString m_service;
};
