#pragma once

#include <QLoggingCategory>

// The embedded sign-in view's category. What it logs about a URL is scheme, host, port and path
// only: the query of a redirect holds the authorization code.
Q_DECLARE_LOGGING_CATEGORY(lcSignInView)
