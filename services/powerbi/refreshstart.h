#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// What the 202 answer to POST .../refreshes says about the refresh it started.
struct RefreshStart
{
    // The RequestId header (x-ms-request-id when it is missing): a standard refresh's history
    // entry carries the same requestId.
    QString requestId;
    // x-ms-request-id, else the last segment of Location: the id that GET/DELETE
    // .../refreshes/{refreshId} take (enhanced refresh only). Empty for a standard refresh
    // without those headers.
    QString refreshId;
    // Location (enhanced refresh only).
    QUrl location;
    // When the service accepted it (its Date header, else this computer's clock), to find the
    // new history entry when its request id is absent.
    QDateTime acceptedAt;
};
