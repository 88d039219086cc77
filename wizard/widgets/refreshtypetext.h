#pragma once

#include "refresh.h"

#include <QCoreApplication>
#include <QString>

// How a refresh was started, in words: "Scheduled", "On demand", "Through the API"...
class RefreshTypeText
{
    Q_DECLARE_TR_FUNCTIONS(RefreshTypeText)

public:
    // A type this program does not know reads as the service wrote it.
    static QString text(const Refresh &refresh);
};
