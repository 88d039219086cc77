#pragma once

#include <QLoggingCategory>

// Method, path and status of every request; never a token, a code or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
