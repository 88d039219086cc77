#pragma once

#include "result.h"

#include <QTest>

#include <memory>
#include <optional>

// Starts an asynchronous call and spins the event loop (test code only) until its callback
// runs. A call that never answers gives a Network error that says so, instead of hanging.
template<typename T, typename Start>
Result<T> awaitResult(Start start, int timeoutMilliseconds = 5000)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    start([result](Result<T> value) { result->emplace(std::move(value)); });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, timeoutMilliseconds))
        return ApiError::network(ApiError::Service::PowerBi,
                                 QStringLiteral("test: no answer within the time limit"));
    return std::move(**result);
}
