#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "xra.sandbox", QtInfoMsg)
