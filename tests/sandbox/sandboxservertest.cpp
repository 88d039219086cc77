#include "sandboxfixture.h"
