#include "watchcalendar.h"
