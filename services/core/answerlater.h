#pragma once

#include "result.h"

#include <QObject>
#include <QTimer>

// Hands an answer known before anything was sent (a check that failed at once) to done on the
// next turn of the event loop, unless context is gone by then: it reaches the caller later,
// like every answer.
template<typename T> void answerLater(QObject *context, Callback<T> done, Result<T> answer)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), answer = std::move(answer)] { done(answer); });
}
