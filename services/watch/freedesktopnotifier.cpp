#include "freedesktopnotifier.h"
