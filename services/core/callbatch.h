#pragma once

#include "result.h"

#include <functional>

// Runs many independent calls with at most a few in flight, so that a long list is quick without
// being throttled: start(i) for every i in [0, count). done gets Done when all succeeded, or the
// first error (the others' answers are then ignored). done runs once; with nothing to do, at
// once.
class CallBatch
{
public:
    using Start = std::function<void(int index, Callback<Done> finished)>;

    static void run(int count, int inFlight, Start start, Callback<Done> done);
};
