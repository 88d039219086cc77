#include "systemdusertimer.h"
