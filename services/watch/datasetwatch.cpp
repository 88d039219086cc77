#include "datasetwatch.h"
