#include "signinhosts.h"

QStringList SignInHosts::of(const QList<QUrl> &roots)
{
    QStringList hosts;
    for (const QUrl &root : roots) {
        if (root.host().isEmpty())
            continue;
        const QString host = root.adjusted(QUrl::RemoveUserInfo).authority();
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}
