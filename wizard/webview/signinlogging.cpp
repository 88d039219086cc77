#include "signinlogging.h"

Q_LOGGING_CATEGORY(lcSignInView, "xra.signin.view")
