#include "watchcheck.h"
