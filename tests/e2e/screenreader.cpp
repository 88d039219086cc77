#include "screenreader.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QTest>
#include <QUuid>

namespace {

const QString accessibleInterface = QStringLiteral("org.a11y.atspi.Accessible");
const QString rootPath = QStringLiteral("/org/a11y/atspi/accessible/root");
constexpr int callTimeoutMs = 5000;
// A bound on a tree walk: a page gone wrong must not make one look take minutes.
constexpr int maxDepth = 80;

} // namespace

bool ScreenReader::Element::isField() const
{
    // Qt's line edits are "text", the web engine's input fields "entry".
    return role == QLatin1String("text") || role == QLatin1String("entry");
}

bool ScreenReader::Element::has(State state) const
{
    const uint bit = static_cast<uint>(state);
    const qsizetype word = bit / 32;
    return word < states.size() && (states.at(word) & (1u << (bit % 32))) != 0;
}

ScreenReader::ScreenReader()
    : m_connectionName(QStringLiteral("xra-screenreader-") + QUuid::createUuid().toString())
{}

ScreenReader::~ScreenReader()
{
    m_bus.reset();
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool ScreenReader::connectToBus()
{
    if (m_bus && m_bus->isConnected())
        return true;
    // The session bus knows where the accessibility bus is, and starts it when asked first.
    const QDBusMessage address = QDBusConnection::sessionBus().call(
        QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")),
        QDBus::Block, callTimeoutMs);
    if (address.type() != QDBusMessage::ReplyMessage || address.arguments().isEmpty())
        return false;
    m_bus = QDBusConnection::connectToBus(address.arguments().constFirst().toString(),
                                          m_connectionName);
    return m_bus->isConnected();
}

bool ScreenReader::attach(qint64 pid, int timeoutMs)
{
    m_service.clear();
    const Reference bus{QStringLiteral("org.freedesktop.DBus"),
                        QStringLiteral("/org/freedesktop/DBus")};
    return QTest::qWaitFor(
        [&] {
            if (!connectToBus())
                return false;
            const QStringList names =
                call(bus, QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"))
                    .toStringList();
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1Char(':')))
                    continue;
                const QVariant owner = call(bus, QStringLiteral("org.freedesktop.DBus"),
                                            QStringLiteral("GetConnectionUnixProcessID"), {name});
                if (owner.isValid() && owner.toLongLong() == pid &&
                    call({name, rootPath}, accessibleInterface, QStringLiteral("GetRoleName"))
                        .isValid()) {
                    m_service = name;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}

QVariant ScreenReader::call(const Reference &object, const QString &interface,
                            const QString &method, const QVariantList &arguments) const
{
    if (!m_bus)
        return {};
    QDBusMessage message =
        QDBusMessage::createMethodCall(object.service, object.path, interface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = m_bus->call(message, QDBus::Block, callTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst();
}

QList<ScreenReader::Reference> ScreenReader::children(const Reference &object) const
{
    QList<Reference> found;
    const QVariant answer = call(object, accessibleInterface, QStringLiteral("GetChildren"));
    if (!answer.canConvert<QDBusArgument>())
        return found;
    const QDBusArgument list = answer.value<QDBusArgument>();
    list.beginArray();
    while (!list.atEnd()) {
        QString service;
        QDBusObjectPath path;
        list.beginStructure();
        list >> service >> path;
        list.endStructure();
        found.append({service, path.path()});
    }
    list.endArray();
    return found;
}

ScreenReader::Element ScreenReader::read(const Reference &object) const
{
    Element element;
    element.role = call(object, accessibleInterface, QStringLiteral("GetRoleName")).toString();
    element.name = call(object, QStringLiteral("org.freedesktop.DBus.Properties"),
                        QStringLiteral("Get"), {accessibleInterface, QStringLiteral("Name")})
                       .value<QDBusVariant>()
                       .variant()
                       .toString();
    const QVariant states = call(object, accessibleInterface, QStringLiteral("GetState"));
    if (states.canConvert<QDBusArgument>())
        element.states = qdbus_cast<QList<uint>>(states.value<QDBusArgument>());
    // What a label or a field says (never a password field's).
    if (element.role == QLatin1String("label") || element.isField())
        element.text =
            call(object, QStringLiteral("org.a11y.atspi.Text"), QStringLiteral("GetText"), {0, -1})
                .toString();
    return element;
}

void ScreenReader::collect(const Reference &object, int depth, QList<Element> *into) const
{
    if (depth > maxDepth)
        return;
    const Element element = read(object);
    // The application itself says nothing about showing; below it, hidden parts are skipped.
    if (depth > 0 && !element.has(State::Showing))
        return;
    if (depth > 0)
        into->append(element);
    for (const Reference &child : children(object))
        collect(child, depth + 1, into);
}

QList<ScreenReader::Element> ScreenReader::showing() const
{
    QList<Element> elements;
    if (!m_service.isEmpty())
        collect({m_service, rootPath}, 0, &elements);
    return elements;
}

std::optional<ScreenReader::Element>
ScreenReader::waitFor(const std::function<bool(const Element &)> &matches, int timeoutMs) const
{
    std::optional<Element> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Element &element : showing()) {
                if (matches(element)) {
                    found = element;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool ScreenReader::waitFor(const QString &role, const QString &name, const QList<State> &states,
                           int timeoutMs) const
{
    return waitFor(
               [&](const Element &element) {
                   return element.role == role && element.name == name &&
                          std::all_of(states.begin(), states.end(),
                                      [&](State state) { return element.has(state); });
               },
               timeoutMs)
        .has_value();
}

QString ScreenReader::describe() const
{
    QStringList lines;
    for (const Element &element : showing()) {
        QStringList states;
        if (element.has(State::Enabled))
            states << QStringLiteral("enabled");
        if (element.has(State::Focused))
            states << QStringLiteral("focused");
        if (element.has(State::Checked))
            states << QStringLiteral("checked");
        lines << QStringLiteral("%1 \"%2\"%3 [%4]")
                     .arg(element.role, element.name,
                          element.text.isEmpty() ? QString()
                                                 : QStringLiteral(" text \"%1\"").arg(element.text),
                          states.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}
