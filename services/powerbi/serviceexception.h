#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

// The "serviceExceptionJson" of a refresh or refresh attempt: a JSON document inside a string,
// such as {"errorCode":"DMTS_OAuthTokenRefreshFailedError","errorDescription":"..."}.
// The service also sends it empty, leaves it out, or sends text that is not JSON: then the raw
// text is kept and form() says so, so that one odd entry never fails a whole refresh history.
class ServiceException
{
public:
    enum class Form
    {
        Absent,  // missing, null or empty: no error reported
        Json,    // a JSON object: errorCode, errorDescription and members() are filled
        NotJson, // something else: only raw() is meaningful
    };

    ServiceException() = default;
    static ServiceException fromRaw(const QString &raw);
    // Reads the member `key` of `reader`: a string (the documented form) or, tolerated, an
    // object. It never records a parse error.
    static ServiceException read(const JsonReader &reader, const QString &key);

    Form form() const { return m_form; }
    bool isPresent() const { return m_form != Form::Absent; }
    QString raw() const { return m_raw; }
    QString errorCode() const { return m_errorCode; }
    QString errorDescription() const { return m_errorDescription; }
    // Every member of the parsed object, the two above included.
    QJsonObject members() const { return m_members; }

private:
    static ServiceException fromObject(const QJsonObject &object, const QString &raw);

    Form m_form = Form::Absent;
    QString m_raw;
    QString m_errorCode;
    QString m_errorDescription;
    QJsonObject m_members;
};
