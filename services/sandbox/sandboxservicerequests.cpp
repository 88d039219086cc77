#include "sandboxservicerequests.h"

#include <QUrl>

SandboxRequest SandboxServiceRequests::postForm(const QString &path,
                                                const QList<QPair<QString, QString>> &fields)
{
    SandboxRequest request;
    request.method = "POST";
    request.path = path;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    for (const auto &[name, value] : fields) {
        if (!request.body.isEmpty())
            request.body += '&';
        request.body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return request;
}

SandboxRequest SandboxServiceRequests::getWithBearer(const QString &path, const QString &token)
{
    SandboxRequest request;
    request.method = "GET";
    request.path = path;
    request.headers = {{"Authorization", "Bearer " + token.toLatin1()}};
    return request;
}
