#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// The HTML sign-in and consent pages (resources/sandbox, embedded in the library). A page is
// a template with {{name}} placeholders; every value put in is HTML already (escape text
// with escape()).
class SandboxPages
{
public:
    static QByteArray render(const QString &page, const QHash<QString, QString> &html);
    static QString escape(const QString &text);
    // <input type="hidden"> fields that carry the authorization request through the form.
    static QString hiddenFields(const QList<QPair<QString, QString>> &fields);
    static QString message(const QString &text); // an error paragraph, empty for no text
    // The page an identity provider shows when a request is too broken to redirect back.
    static QByteArray errorPage(const QString &title, const QString &text);
};
