#include "callbatch.h"

#include <algorithm>
#include <memory>

namespace {

struct BatchState
{
    int count = 0;
    int width = 1;
    int next = 0;
    int inFlight = 0;
    bool over = false;
    CallBatch::Start start;
    Callback<Done> done;
};

void launch(const std::shared_ptr<BatchState> &batch)
{
    while (!batch->over && batch->inFlight < batch->width && batch->next < batch->count) {
        const int index = batch->next++;
        ++batch->inFlight;
        batch->start(index, [batch](Result<Done> result) {
            if (batch->over)
                return;
            --batch->inFlight;
            if (!result) {
                batch->over = true;
                batch->done(result.error());
            } else if (batch->next >= batch->count && batch->inFlight == 0) {
                batch->over = true;
                batch->done(Done{});
            } else {
                launch(batch);
            }
        });
    }
}

} // namespace

void CallBatch::run(int count, int inFlight, Start start, Callback<Done> done)
{
    if (count <= 0) {
        done(Done{});
        return;
    }
    auto batch = std::make_shared<BatchState>();
    batch->count = count;
    batch->width = std::max(inFlight, 1);
    batch->start = std::move(start);
    batch->done = std::move(done);
    launch(batch);
}
