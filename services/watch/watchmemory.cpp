#include "watchmemory.h"
