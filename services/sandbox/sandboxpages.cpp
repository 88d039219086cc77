#include "sandboxpages.h"

#include <QFile>

QByteArray SandboxPages::render(const QString &page, const QHash<QString, QString> &html)
{
    QFile file(QStringLiteral(":/sandbox/") + page);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<!DOCTYPE html><title>Sandbox</title><p>Page missing.</p>");
    QString text = QString::fromUtf8(file.readAll());
    // One shared style sheet, inlined: the pages need no second request.
    QFile style(QStringLiteral(":/sandbox/style.css"));
    if (style.open(QIODevice::ReadOnly))
        text.replace(QStringLiteral("{{style}}"), QString::fromUtf8(style.readAll()));
    for (auto it = html.constBegin(); it != html.constEnd(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text.toUtf8();
}

QString SandboxPages::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString SandboxPages::hiddenFields(const QList<QPair<QString, QString>> &fields)
{
    QString html;
    for (const auto &[name, value] : fields) {
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(escape(name), escape(value));
    }
    return html;
}

QString SandboxPages::message(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(escape(text));
}

QByteArray SandboxPages::errorPage(const QString &title, const QString &text)
{
    return render(QStringLiteral("error.html"), {{QStringLiteral("title"), escape(title)},
                                                 {QStringLiteral("message"), escape(text)}});
}
